using HybridChat.Data.Entities;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Conversations;

public record StartedConversation(Conversation? Conversation, bool Created, ValidationErrors Errors, bool Refused = false);

// Direct chats between friends (one per pair, reused) and groups of the creator's friends.
public class ConversationStarter(ChatDbContext db, TimeProvider clock)
{
    public async Task<StartedConversation> OpenDirectAsync(int userId, int otherUserId)
    {
        if (otherUserId == userId || !await db.AreFriendsAsync(userId, otherUserId) || await db.BlockedEitherWayAsync(userId, otherUserId))
        {
            return new StartedConversation(null, false, new ValidationErrors(), Refused: true);
        }

        var key = Conversation.DirectKeyFor(userId, otherUserId);
        if (await db.Conversations.SingleOrDefaultAsync(c => c.DirectKey == key) is { } existing)
        {
            return new StartedConversation(existing, false, new ValidationErrors());
        }

        try
        {
            var created = await CreateAsync(ConversationKind.Direct, null, key, userId, [otherUserId], ConversationVisibility.Private);
            return new StartedConversation(created, true, new ValidationErrors());
        }
        catch (DbUpdateException)
        {
            // Both people opened the chat at the same moment: the unique key kept one.
            db.ChangeTracker.Clear();
            return new StartedConversation(await db.Conversations.SingleAsync(c => c.DirectKey == key), false, new ValidationErrors());
        }
    }

    public async Task<StartedConversation> CreateGroupAsync(int ownerId, string? title, IReadOnlyCollection<int> memberIds, ConversationVisibility visibility)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var errors = new ValidationErrors();
        var trimmed = title?.Trim() ?? "";
        if (trimmed.Length == 0 || trimmed.Length > Conversation.TitleMaxLength)
        {
            errors.Add("Title", $"Give the group a title of 1 to {Conversation.TitleMaxLength} characters.");
        }

        var others = memberIds.Where(id => id != ownerId).Distinct().ToList();
        foreach (var memberId in others)
        {
            if (!await db.AreFriendsAsync(ownerId, memberId))
            {
                errors.Add("MemberIds", "Only your friends can be added to a group.");
                break;
            }
        }

        return errors.IsValid
            ? new StartedConversation(await CreateAsync(ConversationKind.Group, trimmed, null, ownerId, others, visibility), true, errors)
            : new StartedConversation(null, false, errors);
    }

    private async Task<Conversation> CreateAsync(ConversationKind kind, string? title, string? directKey, int creatorId,
        IEnumerable<int> otherMembers, ConversationVisibility visibility)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var conversation = new Conversation { Kind = kind, Title = title, DirectKey = directKey, Visibility = visibility, CreatedAt = now, UpdatedAt = now };
        var creatorRole = kind == ConversationKind.Group ? MemberRole.Owner : MemberRole.Member;
        conversation.Memberships.Add(new Membership { UserId = creatorId, Role = creatorRole, JoinedAt = now });
        conversation.Memberships.AddRange(otherMembers.Select(id => new Membership { UserId = id, JoinedAt = now }));
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync();
        return conversation;
    }
}
