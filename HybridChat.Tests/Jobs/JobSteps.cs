using Hangfire;
using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Jobs.Email;
using HybridChat.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Jobs;

public static class JobSteps
{
    public static void TriggerRecurring(this ChatApp app, string recurringJobId)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(recurringJobId);
    }

    // Runs a recurring job now and waits until it has run.
    public static async Task RunRecurringAsync(this ChatApp app, string recurringJobId)
    {
        ArgumentNullException.ThrowIfNull(app);
        var jobId = ((IRecurringJobManagerV2)app.Services.GetRequiredService<IRecurringJobManager>()).TriggerJob(recurringJobId);
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        await EventuallyAsync(() => Task.FromResult(connection.GetStateData(jobId)?.Name == "Succeeded"), $"{recurringJobId} has run");
    }

    public static void EnqueueSend(this ChatApp app, long outboxEmailId)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<IBackgroundJobClient>().Enqueue<SendEmailJob>(job => job.RunAsync(outboxEmailId, CancellationToken.None));
    }

    public static async Task<T> InDatabaseAsync<T>(this ChatApp app, Func<ChatDbContext, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(work);
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ChatDbContext>());
    }

    public static Task<OutboxEmail> OutboxEmailToAsync(this ChatApp app, string address) =>
        app.InDatabaseAsync(db => db.OutboxEmails.AsNoTracking().SingleAsync(e => e.To == address));

    public static async Task EventuallyAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting until {what}.");
            await Task.Delay(100);
        }
    }
}
