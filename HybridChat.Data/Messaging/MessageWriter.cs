using System.Threading.Channels;
using HybridChat.Data.Entities;
using HybridChat.Data.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Data.Messaging;

// Every send on this node is written by one writer, which commits whatever has queued up while the
// previous commit ran in one transaction (group commit): one commit for many messages instead of
// many writers colliding on the database's single write lock. A sender is answered only once its
// message is durable. SendMessage checks the rules first; the writer only re-checks membership,
// which it loads anyway to move the sender's read marker, and the attachments, which may have been
// removed or sent elsewhere since: such a send is refused and nothing of it is written.
public sealed class MessageWriter : IAsyncDisposable
{
    // Bounds one transaction's size; a busy node still commits many times a second.
    private const int MaxMessagesPerCommit = 256;

    private readonly Channel<PendingWrite> queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IServiceScopeFactory scopes;
    private readonly TimeProvider clock;
    private readonly ChatMetrics metrics;
    private readonly Task writing;

    public MessageWriter(IServiceScopeFactory scopes, TimeProvider clock, ChatMetrics metrics)
    {
        this.scopes = scopes;
        this.clock = clock;
        this.metrics = metrics;
        writing = Task.Run(WriteQueuedAsync);
    }

    // A DbUpdateException from the write (the client message id raced another send) reaches the caller.
    public Task<MessagePosting> WriteAsync(SendMessage send)
    {
        ArgumentNullException.ThrowIfNull(send);
        var pending = new PendingWrite(send);
        ObjectDisposedException.ThrowIf(!queue.Writer.TryWrite(pending), this);
        return pending.Done.Task;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await writing;
    }

    private async Task WriteQueuedAsync()
    {
        var batch = new List<PendingWrite>(MaxMessagesPerCommit);
        while (await queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxMessagesPerCommit && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }

            await CommitAsync(batch);
            batch.Clear();
        }
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        try
        {
            var postings = await WriteInOneTransactionAsync(batch);
            metrics.MessagesSent(postings.Count(p => p.Change is not null));
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(postings[i]);
            }
        }
        catch (Exception) when (batch.Count > 1)
        {
            // One send that cannot be written (its client id raced a retry) must not fail the others.
            foreach (var pending in batch)
            {
                await CommitAsync([pending]);
            }
        }
#pragma warning disable CA1031 // The failure belongs to the sender waiting for this write, not to the writer.
        catch (Exception failure)
#pragma warning restore CA1031
        {
            batch[0].Done.TrySetException(failure);
        }
    }

    private async Task<MessagePosting[]> WriteInOneTransactionAsync(List<PendingWrite> batch)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        return await db.InTransactionAsync(async () =>
        {
            var now = clock.GetUtcNow().UtcDateTime;
            await db.SerializeWritersAsync();
            var sends = batch.Select(p => p.Send).ToList();
            var memberships = await MembershipsOfAsync(db, sends);
            var attachments = await AttachmentRule.LoadAsync(db, sends.SelectMany(s => s.AttachmentIds ?? []));
            var originals = await OriginalsOfAsync(db, sends);

            var written = new (Message Message, MessageChange Change, Membership Membership)?[sends.Count];
            var refusals = new MessagePosting?[sends.Count];
            for (var i = 0; i < sends.Count; i++)
            {
                var send = sends[i];
                if (!memberships.TryGetValue((send.ConversationId, send.SenderId), out var membership))
                {
                    refusals[i] = MessagePosting.Refused(MessageRefusal.NotFound);
                    continue;
                }

                if (AttachmentRule.Problem(send, attachments) is { } problem)
                {
                    refusals[i] = MessagePosting.Invalid(AttachmentRule.Error(problem));
                    continue;
                }

                var message = new Message
                {
                    ConversationId = send.ConversationId,
                    SenderId = send.SenderId,
                    Sender = membership.User,
                    ClientMessageId = send.ClientMessageId,
                    Text = send.Text?.Trim() ?? "",
                    CallId = send.CallId,
                    ReplyToId = send.ReplyToId,
                    ReplyTo = send.ReplyToId is { } replyToId ? originals.GetValueOrDefault(replyToId) : null,
                    CreatedAt = now,
                };
                var attached = (send.AttachmentIds ?? []).Distinct().Select(id => attachments[id]).ToList();
                message.Attachments.AddRange(attached);
                // Marks them taken for a later send of the same batch.
                attached.ForEach(media => media.Message = message);
                message.MentionOnly(await MessageMentions.FindAsync(db, send.ConversationId, send.SenderId, message.Text));
                db.Messages.Add(message);
                membership.Conversation.UpdatedAt = now;
                written[i] = (message, db.Record(message, MessageChangeKind.Created, now), membership);
            }

            await db.SaveChangesAsync();
            foreach (var (message, _, membership) in written.OfType<(Message, MessageChange, Membership)>())
            {
                membership.Conversation.LastMessageId = Math.Max(membership.Conversation.LastMessageId ?? 0, message.Id);
                membership.MarkReadUpTo(message.Id, now);
            }

            await db.SaveChangesAsync();
            return written.Select((w, i) => w is var (message, change, _)
                ? new MessagePosting(message, change, new ValidationErrors())
                : refusals[i]!).ToArray();
        });
    }

    // One query for the whole batch; it may load a few memberships no send needs (the cross
    // product of its conversations and senders), never fewer.
    private static async Task<Dictionary<(int ConversationId, int UserId), Membership>> MembershipsOfAsync(ChatDbContext db, List<SendMessage> sends)
    {
        var conversationIds = sends.Select(s => s.ConversationId).Distinct().ToList();
        var senderIds = sends.Select(s => s.SenderId).Distinct().ToList();
        var memberships = await db.Memberships.Include(m => m.Conversation).Include(m => m.User)
            .Where(m => conversationIds.Contains(m.ConversationId) && senderIds.Contains(m.UserId))
            .ToListAsync();
        return memberships.ToDictionary(m => (m.ConversationId, m.UserId));
    }

    // Loaded with their senders so the answer shows each reply's quote.
    private static Task<Dictionary<long, Message>> OriginalsOfAsync(ChatDbContext db, List<SendMessage> sends)
    {
        var ids = sends.Select(s => s.ReplyToId).OfType<long>().Distinct().ToList();
        return ids.Count == 0 ? Task.FromResult(new Dictionary<long, Message>()) : db.Messages.Include(m => m.Sender).Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
    }

    private sealed class PendingWrite(SendMessage send)
    {
        public SendMessage Send { get; } = send;

        public TaskCompletionSource<MessagePosting> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
