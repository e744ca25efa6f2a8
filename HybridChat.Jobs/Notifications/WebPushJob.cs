using HybridChat.Data;
using HybridChat.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Jobs.Notifications;

// Pushes a new message to each subscription of everyone it concerns who has no live stream open.
public class WebPushJob(Notices notices, ChatDbContext db, PushSubscriptions subscriptions, WebPushSender sender)
{
    public async Task RunAsync(long messageId, CancellationToken cancellationToken)
    {
        foreach (var notice in await notices.ForPushAsync(messageId, cancellationToken))
        {
            var targets = await db.PushSubscriptions.AsNoTracking().Where(s => s.UserId == notice.UserId).ToListAsync(cancellationToken);
            foreach (var subscription in targets)
            {
                if (!await sender.SendAsync(subscription, notice, cancellationToken))
                {
                    await subscriptions.ForgetAsync(subscription.Id);
                }
            }
        }
    }
}
