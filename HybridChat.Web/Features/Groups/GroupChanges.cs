using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;

namespace HybridChat.Web.Features.Groups;

// Every change to a group for the pages and the API: made by the group rules, then told to the
// members, so no caller can make a change its members do not hear of.
public class GroupChanges(
    ConversationStarter starter, GroupMemberships memberships, GroupSettings settings, JoinCodes codes, PublicRooms rooms, GroupEvents events)
{
    public async Task<StartedConversation> CreateAsync(int ownerId, string? title, IReadOnlyCollection<int> memberIds, ConversationVisibility visibility)
    {
        var started = await starter.CreateGroupAsync(ownerId, title, memberIds, visibility);
        if (started.Conversation is { } group)
        {
            await events.GroupCreatedAsync(group.Id, ownerId);
        }

        return started;
    }

    public async Task<GroupResult> AddMemberAsync(int conversationId, int actorId, int userId)
    {
        var result = await memberships.AddAsync(conversationId, actorId, userId);
        if (result.Succeeded)
        {
            await events.MemberAddedAsync(conversationId, userId);
        }

        return result;
    }

    public async Task<GroupResult> ChangeRoleAsync(int conversationId, int actorId, int userId, MemberRole role) =>
        await UpdatedAsync(conversationId, await memberships.ChangeRoleAsync(conversationId, actorId, userId, role));

    public async Task<GroupResult> RemoveMemberAsync(int conversationId, int actorId, int userId)
    {
        var result = await memberships.RemoveAsync(conversationId, actorId, userId);
        if (result.Succeeded)
        {
            await events.MemberRemovedAsync(result, userId);
        }

        return result;
    }

    public async Task<GroupResult> ReviseAsync(int conversationId, int actorId, string? title, ConversationVisibility? visibility) =>
        await UpdatedAsync(conversationId, await settings.ReviseAsync(conversationId, actorId, title, visibility));

    public async Task<GroupResult> JoinByCodeAsync(int userId, string? code) => await JoinedAsync(await codes.JoinAsync(userId, code), userId);

    public async Task<GroupResult> JoinRoomAsync(int userId, int conversationId) => await JoinedAsync(await rooms.JoinAsync(userId, conversationId), userId);

    private async Task<GroupResult> JoinedAsync(GroupResult result, int userId)
    {
        if (result is { Succeeded: true, Changed: true })
        {
            await events.MemberAddedAsync(result.ConversationId, userId);
        }

        return result;
    }

    private async Task<GroupResult> UpdatedAsync(int conversationId, GroupResult result)
    {
        if (result is { Succeeded: true, Changed: true })
        {
            await events.ConversationUpdatedAsync(conversationId);
        }

        return result;
    }
}
