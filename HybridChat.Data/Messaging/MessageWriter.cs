using System.Threading.Channels;
using HybridChat.Data.Entities;
using HybridChat.Data.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Data.Messaging;

// Every send on this node is written by one writer, which commits whatever has queued up while the
// previous commit ran in one transaction (group commit): one commit for many messages instead of
// many writers colliding on the database's single write lock. A sender is answered only once its
// message is durable. The writer also applies the rules of a send, in this order: membership, a
// retried client id (answered with the stored message), the text, client id, files and replied-to
// message, then a block in a direct chat. It checks them inside its transaction, after the
// writers' lock, with one query per rule for the whole batch, so a send costs no round trips of
// its own before it is queued and nothing it checked can change before it is written.
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
            var sends = batch.ConvertAll(p => p.Send);
            // Each of these is one query for the whole batch, and only where some send needs it.
            var memberships = await MembershipsOfAsync(db, sends);
            var stored = await StoredOfAsync(db, sends);
            var attachments = await AttachmentRule.LoadAsync(db, sends.SelectMany(s => s.AttachmentIds ?? []));
            var originals = await OriginalsOfAsync(db, sends);
            var blocked = await BlockedDirectSendersAsync(db, sends, memberships);

            var written = new (Message Message, MessageChange Change, Membership Membership)?[sends.Count];
            var postings = new MessagePosting?[sends.Count];
            // A retry queued in the same batch as its first send gets the message that one writes.
            var writtenNow = new Dictionary<(int SenderId, string ClientMessageId), Message>();
            for (var i = 0; i < sends.Count; i++)
            {
                var send = sends[i];
                if (!memberships.TryGetValue((send.ConversationId, send.SenderId), out var membership))
                {
                    postings[i] = MessagePosting.Refused(MessageRefusal.NotFound);
                    continue;
                }

                var key = (send.SenderId, send.ClientMessageId ?? "");
                if ((stored.GetValueOrDefault(key) ?? writtenNow.GetValueOrDefault(key)) is { } sent)
                {
                    postings[i] = MessageSender.Retried(sent, send);
                    continue;
                }

                if (Problems(send, attachments, originals) is { IsValid: false } errors)
                {
                    postings[i] = MessagePosting.Invalid(errors);
                    continue;
                }

                if (blocked.Contains(i))
                {
                    postings[i] = MessagePosting.Refused(MessageRefusal.Blocked);
                    continue;
                }

                var message = new Message
                {
                    ConversationId = send.ConversationId,
                    SenderId = send.SenderId,
                    Sender = membership.User,
                    ClientMessageId = send.ClientMessageId!,
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
                if (membership.Conversation.Kind == ConversationKind.Group && MessageMentions.MayMention(message.Text))
                {
                    message.MentionOnly(await MessageMentions.FindAsync(db, send.ConversationId, send.SenderId, message.Text));
                }

                db.Messages.Add(message);
                membership.Conversation.UpdatedAt = now;
                writtenNow[key] = message;
                written[i] = (message, db.Record(message, MessageChangeKind.Created, now), membership);
            }

            if (written.Any(w => w is not null))
            {
                await db.SaveChangesAsync();
                foreach (var (message, _, membership) in written.OfType<(Message, MessageChange, Membership)>())
                {
                    membership.Conversation.LastMessageId = Math.Max(membership.Conversation.LastMessageId ?? 0, message.Id);
                    membership.MarkReadUpTo(message.Id, now);
                }

                await db.SaveChangesAsync();
            }

            return postings.Select((posting, i) => written[i] is var (message, change, _)
                ? new MessagePosting(message, change, new ValidationErrors())
                : posting!).ToArray();
        });
    }

    // What makes a send invalid: its text, its client id, its files and the message it answers.
    private static ValidationErrors Problems(SendMessage send, Dictionary<int, Media> attachments, Dictionary<long, Message> originals)
    {
        var errors = MessageText.Validate(send.Text, send.AttachmentIds?.Count ?? 0);
        if (string.IsNullOrWhiteSpace(send.ClientMessageId) || send.ClientMessageId.Length > Message.ClientMessageIdMaxLength)
        {
            errors.Add(nameof(send.ClientMessageId), $"Give every message a client id of 1 to {Message.ClientMessageIdMaxLength} characters.");
        }

        if (AttachmentRule.Problem(send, attachments) is { } problem)
        {
            errors.AddAll(AttachmentRule.Error(problem));
        }

        // The sender is a member here, so a message of another conversation is refused the same way
        // whether or not they can see it: nothing about it leaks.
        if (send.ReplyToId is { } replyToId)
        {
            if (originals.GetValueOrDefault(replyToId) is not { } original || original.ConversationId != send.ConversationId)
            {
                errors.Add(nameof(send.ReplyToId), "Reply to a message of this conversation.");
            }
            else if (original.DeletedAt is not null)
            {
                errors.Add(nameof(send.ReplyToId), "That message was deleted, so it cannot be answered.");
            }
        }

        return errors;
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

    // The messages already stored under the batch's client ids (retries), as shown; one query,
    // which finds nothing for a batch of new sends, so the shown parts are then never loaded.
    private static async Task<Dictionary<(int SenderId, string ClientMessageId), Message>> StoredOfAsync(ChatDbContext db, List<SendMessage> sends)
    {
        var senderIds = sends.Select(s => s.SenderId).Distinct().ToList();
        var clientIds = sends.Select(s => s.ClientMessageId).OfType<string>().Distinct().ToList();
        var candidates = await db.Messages.AsNoTracking()
            .Where(m => senderIds.Contains(m.SenderId) && clientIds.Contains(m.ClientMessageId))
            .Select(m => new { m.Id, m.SenderId, m.ClientMessageId }).ToListAsync();
        var wanted = sends.Select(s => (s.SenderId, s.ClientMessageId ?? "")).ToHashSet();
        var ids = candidates.Where(c => wanted.Contains((c.SenderId, c.ClientMessageId))).Select(c => c.Id).ToList();
        return ids.Count == 0 ? [] : await db.Messages.AsNoTracking().ForDisplay().Where(m => ids.Contains(m.Id))
            .ToDictionaryAsync(m => (m.SenderId, m.ClientMessageId));
    }

    // Loaded with their senders so the answer shows each reply's quote.
    private static Task<Dictionary<long, Message>> OriginalsOfAsync(ChatDbContext db, List<SendMessage> sends)
    {
        var ids = sends.Select(s => s.ReplyToId).OfType<long>().Distinct().ToList();
        return ids.Count == 0 ? Task.FromResult(new Dictionary<long, Message>()) : db.Messages.Include(m => m.Sender).Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id);
    }

    // The sends (by index) into a direct chat whose other side blocks the sender or is blocked by
    // them, or whose other side is gone (they deleted their account, and nobody would read it).
    private static async Task<HashSet<int>> BlockedDirectSendersAsync(ChatDbContext db, List<SendMessage> sends,
        Dictionary<(int ConversationId, int UserId), Membership> memberships)
    {
        var direct = Enumerable.Range(0, sends.Count)
            .Where(i => memberships.GetValueOrDefault((sends[i].ConversationId, sends[i].SenderId))?.Conversation.Kind == ConversationKind.Direct)
            .ToList();
        if (direct.Count == 0)
        {
            return [];
        }

        var conversationIds = direct.Select(i => sends[i].ConversationId).Distinct().ToList();
        var members = (await db.Memberships.Where(m => conversationIds.Contains(m.ConversationId))
            .Select(m => new { m.ConversationId, m.UserId }).ToListAsync()).ToLookup(m => m.ConversationId, m => m.UserId);
        var userIds = members.SelectMany(g => g).Distinct().ToList();
        var blocks = (await db.Blocks.Where(b => userIds.Contains(b.BlockerId) && userIds.Contains(b.BlockedId))
            .Select(b => new { b.BlockerId, b.BlockedId }).ToListAsync()).Select(b => (b.BlockerId, b.BlockedId)).ToHashSet();
        return direct.Where(i =>
        {
            var send = sends[i];
            return members[send.ConversationId].Where(u => u != send.SenderId).Select(u => (int?)u).FirstOrDefault() is not { } other
                || blocks.Contains((send.SenderId, other)) || blocks.Contains((other, send.SenderId));
        }).ToHashSet();
    }

    private sealed class PendingWrite(SendMessage send)
    {
        public SendMessage Send { get; } = send;

        public TaskCompletionSource<MessagePosting> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
