using HybridChat.Data.Entities;

namespace HybridChat.Data.Conversations;

// Renaming a group and opening it to everyone (public: listed in the rooms) or closing it.
public class GroupSettings(ChatDbContext db, TimeProvider clock)
{
    public async Task<GroupResult> ReviseAsync(int conversationId, int actorId, string? title, ConversationVisibility? visibility)
    {
        var actor = await db.MembershipAsync(conversationId, actorId);
        if (GroupAccess.Check(actor, GroupRoles.RefuseManaging) is { } refused)
        {
            return refused;
        }

        var trimmed = title?.Trim();
        if (trimmed is not null && (trimmed.Length == 0 || trimmed.Length > Conversation.TitleMaxLength))
        {
            return GroupResult.Invalid("Title", $"Give the group a title of 1 to {Conversation.TitleMaxLength} characters.");
        }

        var group = actor!.Conversation;
        var changed = (trimmed is not null && trimmed != group.Title) || (visibility is { } v && v != group.Visibility);
        if (changed)
        {
            group.Title = trimmed ?? group.Title;
            group.Visibility = visibility ?? group.Visibility;
            group.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync();
        }

        return GroupResult.Done(conversationId) with { Changed = changed };
    }
}
