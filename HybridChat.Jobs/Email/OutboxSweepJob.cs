using HybridChat.Data.Email;

namespace HybridChat.Jobs.Email;

public class OutboxSweepJob(OutboxDelivery outbox, Mailer mailer)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var id in await outbox.PendingIdsAsync(TimeSpan.FromHours(1), cancellationToken))
        {
            mailer.SendLater(id);
        }
    }
}
