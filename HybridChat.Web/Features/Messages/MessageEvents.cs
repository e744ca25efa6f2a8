using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.Extensions.Caching.Memory;

namespace HybridChat.Web.Features.Messages;

// Turns a message change into its live event, rendered once and shared by every stream that
// sends it (live or while catching up). Publishing a committed change tells every node's change-log
// follower to read it and hand it to the conversation's members.
public class MessageEvents(IEventBus bus, IPartialRenderer renderer, IMemoryCache cache, Jobs.Notifications.WebPushes pushes) : IMessageChangePublisher
{
    public Task PublishAsync(MessageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        bus.ChangeLogMoved();
        if (change.Kind == MessageChangeKind.Created)
        {
            pushes.SendLater(change.MessageId);
        }

        return Task.CompletedTask;
    }

    // Announces what a posting wrote, if anything (a refusal or a change to nothing writes none),
    // and hands the posting back.
    public async Task<MessagePosting> AnnounceAsync(MessagePosting posting)
    {
        ArgumentNullException.ThrowIfNull(posting);
        if (posting.Change is { } change)
        {
            await PublishAsync(change);
        }

        return posting;
    }

    public async Task<LiveEvent> ForAsync(MessageChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return await cache.GetOrCreateAsync(("message-change", change.Id), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(2);
            var html = await renderer.RenderAsync("/Features/Messages/_MessageUpsert.cshtml", change.Message);
            return new LiveEvent(TypeOf(change.Kind), MessageDto.From(change.Message), html, change.Id) { OccurredAt = change.OccurredAt };
        }) ?? throw new InvalidOperationException("Live event cache returned nothing.");
    }

    private static string TypeOf(MessageChangeKind kind) => kind switch
    {
        MessageChangeKind.Created => LiveEventTypes.MessageCreated,
        MessageChangeKind.Updated => LiveEventTypes.MessageUpdated,
        _ => LiveEventTypes.MessageDeleted,
    };
}
