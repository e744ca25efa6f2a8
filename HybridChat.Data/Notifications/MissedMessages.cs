using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Notifications;

// Unread messages of people who are away, gathered into one email per person. Reading them
// first moves the read marker past them, so they are no longer due. Of larger groups only the
// messages that mention the person are due.
public class MissedMessages(ChatDbContext db, TimeProvider clock)
{
    public async Task<List<MissedMessagesDigest>> DueAsync(MissedMessageRules rules, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var now = clock.GetUtcNow().UtcDateTime;
        var awaySince = now - rules.Idle;
        var emailedBefore = now - rules.Interval;
        var due = await db.Memberships
            .Where(m => m.User.EmailMissedMessages && !m.Muted && m.User.DeletedAt == null && m.User.Email != null
                && m.User.OnlineUntil == null && (m.User.LastSeenAt == null || m.User.LastSeenAt <= awaySince)
                && (m.EmailedAt == null || m.EmailedAt <= emailedBefore)
                && db.Messages.Any(x => x.ConversationId == m.ConversationId && x.SenderId != m.UserId && x.DeletedAt == null
                    && x.Id > m.LastReadMessageId && x.Id > m.EmailedUpToMessageId && x.CreatedAt <= awaySince
                    && (m.Conversation.Kind == ConversationKind.Direct || m.Conversation.Memberships.Count <= rules.SmallGroupSize
                        || x.MentionsEveryone || x.Mentions.Any(mention => mention.UserId == m.UserId))))
            .Select(m => new
            {
                m.UserId, m.User.Email, Name = m.User.DisplayName == "" ? m.User.UserName : m.User.DisplayName, m.ConversationId, m.LastReadMessageId, m.EmailedUpToMessageId,
                Small = m.Conversation.Kind == ConversationKind.Direct || m.Conversation.Memberships.Count <= rules.SmallGroupSize,
            })
            .ToListAsync(cancellationToken);

        var digests = new List<MissedMessagesDigest>();
        foreach (var user in due.GroupBy(m => m.UserId))
        {
            var conversations = new List<MissedConversation>();
            foreach (var membership in user)
            {
                var after = Math.Max(membership.LastReadMessageId, membership.EmailedUpToMessageId);
                var messages = await db.Messages
                    .Where(x => x.ConversationId == membership.ConversationId && x.SenderId != user.Key && x.DeletedAt == null
                        && x.Id > after && x.CreatedAt <= awaySince
                        && (membership.Small || x.MentionsEveryone || x.Mentions.Any(mention => mention.UserId == user.Key)))
                    .OrderByDescending(x => x.Id).Take(rules.MaxMessagesPerConversation)
                    .Select(x => new MissedMessage(x.Id, x.Sender.DisplayName == "" ? x.Sender.UserName! : x.Sender.DisplayName, x.Text, x.CreatedAt,
                        x.MentionsEveryone || x.Mentions.Any(mention => mention.UserId == user.Key)))
                    .ToListAsync(cancellationToken);
                if (messages.Count > 0)
                {
                    conversations.Add(new MissedConversation(membership.ConversationId, await TitleAsync(membership.ConversationId, user.Key, cancellationToken),
                        messages[0].Id, membership.EmailedUpToMessageId, [.. messages.OrderBy(x => x.Id)]));
                }
            }

            if (conversations.Count > 0)
            {
                var first = user.First();
                digests.Add(new MissedMessagesDigest(user.Key, first.Email!, first.Name ?? "", conversations));
            }
        }

        return digests;
    }

    // In the transaction that writes the email. False when another run got there first.
    public async Task<bool> RecordAsync(MissedMessagesDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var conversation in digest.Conversations)
        {
            var updated = await db.Memberships
                .Where(m => m.ConversationId == conversation.ConversationId && m.UserId == digest.UserId && m.EmailedUpToMessageId == conversation.PreviouslyEmailedUpTo)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.EmailedUpToMessageId, conversation.UpToMessageId).SetProperty(x => x.EmailedAt, now));
            if (updated == 0)
            {
                return false;
            }
        }

        return true;
    }

    private async Task<string> TitleAsync(int conversationId, int userId, CancellationToken cancellationToken)
    {
        var conversation = await db.Conversations.Where(c => c.Id == conversationId).Select(c => new { c.Kind, c.Title }).SingleAsync(cancellationToken);
        var other = conversation.Kind == ConversationKind.Group ? null : await db.Memberships
            .Where(m => m.ConversationId == conversationId && m.UserId != userId)
            .Select(m => m.User.DisplayName == "" ? m.User.UserName : m.User.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return Conversation.TitleFor(conversation.Kind, conversation.Title, other);
    }
}
