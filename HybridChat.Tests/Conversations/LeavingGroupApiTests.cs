using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

// A group always has an owner while anyone is in it; the last one out leaves nothing to find.
public class LeavingGroupApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task When_the_owner_leaves_the_longest_standing_admin_becomes_owner()
    {
        var (owner, first, later, id) = await GroupJoinedInTurnAsync();
        using (owner)
        using (first)
        using (later)
        {
            await PromoteAsync(owner, id, later, first);

            using var left = await owner.LeaveAsync(id);

            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
            var roles = await later.RolesAsync(id);
            Assert.Equal(("owner", "admin"), (roles[first.Id], roles[later.Id]));
            Assert.False(roles.ContainsKey(owner.Id));
        }
    }

    [Fact]
    public async Task Without_admins_the_longest_standing_member_becomes_owner()
    {
        var (owner, first, later, id) = await GroupJoinedInTurnAsync();
        using (owner)
        using (first)
        using (later)
        {
            using var left = await owner.LeaveAsync(id);

            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
            var roles = await later.RolesAsync(id);
            Assert.Equal(("owner", "member"), (roles[first.Id], roles[later.Id]));
        }
    }

    [Fact]
    public async Task An_admin_outranks_a_member_who_joined_earlier()
    {
        var (owner, first, later, id) = await GroupJoinedInTurnAsync();
        using (owner)
        using (first)
        using (later)
        {
            await PromoteAsync(owner, id, later);

            using var left = await owner.LeaveAsync(id);

            Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
            Assert.Equal("owner", (await first.RolesAsync(id))[later.Id]);
        }
    }

    [Fact]
    public async Task The_last_person_leaving_leaves_a_group_nobody_can_see_find_or_join()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        using var visitor = await ApiPerson.SignUpAsync(app, "vic");
        var title = $"Lonely {Guid.NewGuid():N}";
        var id = await owner.CreateGroupAsync(title, "public");
        var code = await owner.NewJoinCodeAsync(id);

        using var left = await owner.LeaveAsync(id);

        Assert.Equal(HttpStatusCode.NoContent, left.StatusCode);
        Assert.False(await owner.SeesAsync(id));
        Assert.Empty((await visitor.RoomsAsync(title)).Titles());
        using var byCode = await visitor.JoinWithCodeAsync(code);
        using var byId = await visitor.PostAsync($"conversations/{id}/join");
        await byCode.AssertProblemAsync(HttpStatusCode.NotFound);
        await byId.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_removed_member_can_no_longer_read_or_write_in_the_group()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using (var removed = await group.Owner.RemoveAsync(group.Id, group.Member))
        {
            Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        }

        using var history = await group.Member.GetAsync($"conversations/{group.Id}/messages");
        using var sent = await group.Member.PostAsync($"conversations/{group.Id}/messages", new { clientMessageId = Guid.NewGuid().ToString("N"), text = "still here?" });

        Assert.Equal(HttpStatusCode.NotFound, history.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sent.StatusCode);
    }

    // "later" signed up first, so only the time they joined can put "first" ahead of them.
    private async Task<(ApiPerson Owner, ApiPerson First, ApiPerson Later, int Id)> GroupJoinedInTurnAsync()
    {
        var later = await ApiPerson.SignUpAsync(app, "lou");
        var owner = await ApiPerson.SignUpAsync(app, "olga");
        var first = await ApiPerson.SignUpAsync(app, "fin");
        var id = await owner.CreateGroupAsync("Hand over", "private", first);
        await owner.BecomeFriendsAsync(later);
        await Task.Delay(20);
        using var added = await owner.AddAsync(id, later);
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        return (owner, first, later, id);
    }

    private static async Task PromoteAsync(ApiPerson owner, int id, params ApiPerson[] admins)
    {
        foreach (var admin in admins)
        {
            using var promoted = await owner.SetRoleAsync(id, admin, "admin");
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        }
    }
}
