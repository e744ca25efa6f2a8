using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;
using HybridChat.Web.Features.Conversations;

namespace HybridChat.Web.Features.Groups;

// A group's members page as one member sees it: what they may change depends on their role.
public record GroupPanel(Conversation Group, Membership Viewer, IReadOnlyList<Person> AddableFriends, GroupSettingsForm Settings,
    IReadOnlySet<int> FriendIds, IReadOnlySet<int> BlockedIds)
{
    public string? Error { get; init; }

    public IEnumerable<Membership> Members =>
        Group.Memberships.OrderByDescending(m => m.Role).ThenBy(m => m.JoinedAt).ThenBy(m => m.UserId);

    // Null for strangers and for direct chats, which have no members page.
    public static async Task<GroupPanel?> LoadAsync(ChatDbContext db, PeopleDirectory people, int conversationId, int viewerId)
    {
        ArgumentNullException.ThrowIfNull(people);
        var group = await db.FindForMemberAsync(conversationId, viewerId);
        if (group is not { Kind: ConversationKind.Group })
        {
            return null;
        }

        var inGroup = group.Memberships.Select(m => m.UserId).ToHashSet();
        var friends = await people.FriendsOfAsync(viewerId);
        return new GroupPanel(group, group.Memberships.Single(m => m.UserId == viewerId),
            [.. friends.Where(f => !inGroup.Contains(f.User.Id))], GroupSettingsForm.For(group), friends.Select(f => f.User.Id).ToHashSet(),
            (await db.BlockedEitherWayIdsOf(viewerId).ToListAsync()).ToHashSet());
    }
}
