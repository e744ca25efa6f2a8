using Hangfire;
using HybridChat.Data;
using HybridChat.Data.Email;

namespace HybridChat.Jobs.Email;

// Writes an email to the outbox and has a job send it once that is committed.
public class Mailer(ChatDbContext db, IBackgroundJobClient jobs, IEmailRenderer renderer, TimeProvider clock)
{
    public async Task SendAsync(string to, IEmailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        await SendAsync(to, await renderer.RenderAsync(model));
    }

    public async Task SendAsync(string to, ComposedEmail email)
    {
        var row = db.AddEmail(to, email, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        SendLater(row.Id);
    }

    public void SendLater(long outboxEmailId) => jobs.Enqueue<SendEmailJob>(job => job.RunAsync(outboxEmailId, CancellationToken.None));
}
