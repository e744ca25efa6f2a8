using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.Extensions.Caching.Memory;

namespace HybridChat.Web.Features.Messages;

// Turns a message change into its live event, made once and shared by every stream that sends it
// (live or while catching up); its HTML is rendered only once a browser's stream needs it. Publishing a committed change tells every node's change-log
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

    // withHtml: a browser's stream will send it, so it needs the rendered partial; apps' streams
    // (JSON) do not, and rendering is most of an event's cost. Rendered once, when first needed.
    public async Task<LiveEvent> ForAsync(MessageChange change, bool withHtml)
    {
        ArgumentNullException.ThrowIfNull(change);
        var key = ("message-change", change.Id);
        if (cache.TryGetValue(key, out LiveEvent? cached) && cached is not null && (cached.Html is not null || !withHtml))
        {
            return cached;
        }

        var html = withHtml ? await renderer.RenderAsync("/Features/Messages/_MessageUpsert.cshtml", change.Message) : null;
        var liveEvent = new LiveEvent(TypeOf(change.Kind), cached?.Data ?? MessageDto.From(change.Message), html, change.Id)
        {
            OccurredAt = change.OccurredAt,
        };
        return cache.Set(key, liveEvent, TimeSpan.FromMinutes(2));
    }

    private static string TypeOf(MessageChangeKind kind) => kind switch
    {
        MessageChangeKind.Created => LiveEventTypes.MessageCreated,
        MessageChangeKind.Updated => LiveEventTypes.MessageUpdated,
        _ => LiveEventTypes.MessageDeleted,
    };
}
