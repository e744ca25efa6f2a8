using HybridChat.Data.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HybridChat.Jobs.Email;

// Job storage may be in memory: at start-up every email still unsent gets a job again.
public class OutboxRecovery(IServiceScopeFactory scopes, ILogger<OutboxRecovery> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var pending = await scope.ServiceProvider.GetRequiredService<OutboxDelivery>().PendingIdsAsync(cancellationToken);
        var queue = scope.ServiceProvider.GetRequiredService<Mailer>();
        foreach (var id in pending)
        {
            queue.SendLater(id);
        }

        if (pending.Count > 0)
        {
            logger.LogInformation("Queued {Count} unsent emails from the outbox", pending.Count);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
