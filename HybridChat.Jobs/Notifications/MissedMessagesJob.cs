using Hangfire;
using HybridChat.Data;
using HybridChat.Data.Email;
using HybridChat.Data.Notifications;
using HybridChat.Jobs.Email;
using HybridChat.Jobs.Hosting;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Notifications;

public class MissedMessagesJob(MissedMessages missed, IEmailRenderer renderer, ChatDbContext db, Mailer queue, IOptions<JobsOptions> options, TimeProvider clock)
{
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var digest in await missed.DueAsync(options.Value.MissedMessageRules, cancellationToken))
        {
            var content = await renderer.RenderAsync(new MissedMessagesEmail(digest));
            var written = await db.InTransactionAsync(async () =>
            {
                if (!await missed.RecordAsync(digest))
                {
                    return (long?)null;
                }

                var row = db.AddEmail(digest.Email, content, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(cancellationToken);
                return row.Id;
            });
            if (written is { } id)
            {
                queue.SendLater(id);
            }
        }
    }
}
