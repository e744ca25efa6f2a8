using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

public class GroupMemberApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task An_admin_adds_a_friend_who_then_sees_the_group()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var newcomer = await ApiPerson.SignUpAsync(app, "nia");
        await group.Admin.BecomeFriendsAsync(newcomer);

        using var added = await group.Admin.AddAsync(group.Id, newcomer);

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var member = await added.ReadJsonAsync();
        Assert.Equal((newcomer.Id, "member"), (member["user"]!["id"]!.GetValue<int>(), member["role"]!.GetValue<string>()));
        Assert.True(await newcomer.SeesAsync(group.Id));
    }

    [Fact]
    public async Task Adding_someone_already_in_the_group_is_a_conflict()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var again = await group.Owner.AddAsync(group.Id, group.Member);

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(4, (await group.Owner.RolesAsync(group.Id)).Count);
    }

    [Fact]
    public async Task A_member_cannot_add_people()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var friend = await ApiPerson.SignUpAsync(app, "fay");
        await group.Member.BecomeFriendsAsync(friend);

        using var refused = await group.Member.AddAsync(group.Id, friend);

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(await friend.SeesAsync(group.Id));
    }

    [Fact]
    public async Task Only_friends_can_be_added_and_a_blocker_looks_like_anyone_else()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var stranger = await ApiPerson.SignUpAsync(app, "sam");
        using var blocker = await ApiPerson.SignUpAsync(app, "bea");
        await group.Owner.BecomeFriendsAsync(blocker);
        await blocker.BlockAsync(group.Owner);

        using var notAFriend = await group.Owner.AddAsync(group.Id, stranger);
        using var blocked = await group.Owner.AddAsync(group.Id, blocker);

        var first = await notAFriend.AssertProblemAsync(HttpStatusCode.BadRequest);
        var second = await blocked.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(first.FieldErrors("userId"), second.FieldErrors("userId"));
        Assert.False(await stranger.SeesAsync(group.Id));
        Assert.False(await blocker.SeesAsync(group.Id));
    }

    [Fact]
    public async Task An_admin_removes_a_member_but_neither_another_admin_nor_the_owner()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using (var promoted = await group.Owner.SetRoleAsync(group.Id, group.OtherMember, "admin"))
        {
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        }

        using var removesMember = await group.Admin.RemoveAsync(group.Id, group.Member);
        using var removesAdmin = await group.Admin.RemoveAsync(group.Id, group.OtherMember);
        using var removesOwner = await group.Admin.RemoveAsync(group.Id, group.Owner);

        Assert.Equal(HttpStatusCode.NoContent, removesMember.StatusCode);
        await removesAdmin.AssertProblemAsync(HttpStatusCode.Forbidden);
        await removesOwner.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.False(await group.Member.SeesAsync(group.Id));
        Assert.Equal([group.Owner.Id, group.Admin.Id, group.OtherMember.Id], (await group.Owner.RolesAsync(group.Id)).Keys.Order());
    }

    [Fact]
    public async Task The_owner_removes_an_admin()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var removed = await group.Owner.RemoveAsync(group.Id, group.Admin);

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.False(await group.Admin.SeesAsync(group.Id));
    }

    [Fact]
    public async Task A_member_removes_nobody_else_but_may_leave()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var removesOther = await group.Member.RemoveAsync(group.Id, group.OtherMember);
        using var leaves = await group.Member.LeaveAsync(group.Id);

        await removesOther.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, leaves.StatusCode);
        Assert.False(await group.Member.SeesAsync(group.Id));
        Assert.True(await group.OtherMember.SeesAsync(group.Id));
        using var leavesAgain = await group.Member.LeaveAsync(group.Id);
        await leavesAgain.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
