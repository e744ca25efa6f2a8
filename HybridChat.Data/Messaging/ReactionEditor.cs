using HybridChat.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Messaging;

// Any member adds or takes back emoji on any message of the conversation that is not deleted.
// Each change is written with a change-log entry like an edit, so every client learns of it,
// live or on resume. Adding what is already there, or removing what is not, changes nothing.
public class ReactionEditor(ChatDbContext db, TimeProvider clock)
{
    public const int MaxEmojiPerPerson = 20;

    public Task<MessagePosting> AddAsync(long messageId, int userId, string? emoji) => ChangeAsync(messageId, userId, emoji, add: true);

    public Task<MessagePosting> RemoveAsync(long messageId, int userId, string? emoji) => ChangeAsync(messageId, userId, emoji, add: false);

    public Task<MessagePosting> ToggleAsync(long messageId, int userId, string? emoji) => ChangeAsync(messageId, userId, emoji, add: null);

    private async Task<MessagePosting> ChangeAsync(long messageId, int userId, string? emoji, bool? add)
    {
        var visible = await db.Messages.AnyAsync(m => m.Id == messageId
            && db.Memberships.Any(mine => mine.ConversationId == m.ConversationId && mine.UserId == userId));
        if (!visible)
        {
            return MessagePosting.Refused(MessageRefusal.NotFound);
        }

        var errors = ReactionEmoji.Validate(emoji);
        return errors.IsValid ? await WriteAsync(messageId, userId, emoji!, add) : MessagePosting.Invalid(errors);
    }

    private Task<MessagePosting> WriteAsync(long messageId, int userId, string emoji, bool? add) =>
        db.ChangeMessageAsync(messageId, MessageChangeKind.Updated, clock, async (message, now) =>
        {
            if (message.IsDeleted)
            {
                return MessagePosting.Refused(MessageRefusal.Conflict);
            }

            var mine = message.Reactions.Where(r => r.UserId == userId).ToList();
            var existing = mine.SingleOrDefault(r => r.Emoji == emoji);
            var adding = add ?? existing is null;
            if (adding == (existing is not null))
            {
                return new MessagePosting(message, null, new ValidationErrors());
            }

            if (adding && mine.Count >= MaxEmojiPerPerson)
            {
                var errors = new ValidationErrors();
                errors.Add(ReactionEmoji.Field, $"You can add at most {MaxEmojiPerPerson} different emoji to one message.");
                return MessagePosting.Invalid(errors);
            }

            if (adding)
            {
                var user = await db.Users.SingleAsync(u => u.Id == userId);
                message.Reactions.Add(new MessageReaction { Message = message, User = user, UserId = userId, Emoji = emoji, CreatedAt = now });
            }
            else
            {
                message.Reactions.Remove(existing!);
                db.MessageReactions.Remove(existing!);
            }

            return null;
        });
}
