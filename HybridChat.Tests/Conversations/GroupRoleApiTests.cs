using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Conversations;

// Only the owner makes or unmakes admins and hands over ownership; admins manage members only.
public class GroupRoleApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_owner_makes_a_member_an_admin_and_back()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var promoted = await group.Owner.SetRoleAsync(group.Id, group.Member, "admin");
        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        Assert.Equal("admin", (await group.Member.RolesAsync(group.Id))[group.Member.Id]);

        using var demoted = await group.Owner.SetRoleAsync(group.Id, group.Member, "member");
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Equal("member", (await group.Member.RolesAsync(group.Id))[group.Member.Id]);
    }

    [Fact]
    public async Task An_admin_neither_makes_admins_nor_changes_other_admins()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using (var promoted = await group.Owner.SetRoleAsync(group.Id, group.OtherMember, "admin"))
        {
            Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        }

        using var makesAdmin = await group.Admin.SetRoleAsync(group.Id, group.Member, "admin");
        using var demotesAdmin = await group.Admin.SetRoleAsync(group.Id, group.OtherMember, "member");

        Assert.Contains("owner", (await makesAdmin.AssertProblemAsync(HttpStatusCode.Forbidden))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("other admins", (await demotesAdmin.AssertProblemAsync(HttpStatusCode.Forbidden))["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        var roles = await group.Owner.RolesAsync(group.Id);
        Assert.Equal(("member", "admin"), (roles[group.Member.Id], roles[group.OtherMember.Id]));
    }

    [Fact]
    public async Task A_member_changes_nobodys_role()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var promotesSelf = await group.Member.SetRoleAsync(group.Id, group.Member, "admin");
        using var promotesOther = await group.Member.SetRoleAsync(group.Id, group.OtherMember, "admin");

        await promotesSelf.AssertProblemAsync(HttpStatusCode.Forbidden);
        await promotesOther.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(["owner", "admin", "member", "member"], (await group.Owner.RolesAsync(group.Id)).Values.Order(new RoleOrder()));
    }

    [Fact]
    public async Task Nobody_changes_the_owners_role_except_by_a_hand_over()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var byAdmin = await group.Admin.SetRoleAsync(group.Id, group.Owner, "member");
        using var byOwner = await group.Owner.SetRoleAsync(group.Id, group.Owner, "admin");
        using var grabbed = await group.Admin.SetRoleAsync(group.Id, group.Admin, "owner");

        await byAdmin.AssertProblemAsync(HttpStatusCode.Forbidden);
        await byOwner.AssertProblemAsync(HttpStatusCode.Forbidden);
        await grabbed.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("owner", (await group.Owner.RolesAsync(group.Id))[group.Owner.Id]);
    }

    [Fact]
    public async Task The_owner_hands_over_ownership_and_becomes_an_admin()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var handedOver = await group.Owner.SetRoleAsync(group.Id, group.Member, "owner");

        Assert.Equal(HttpStatusCode.OK, handedOver.StatusCode);
        var roles = await group.Member.RolesAsync(group.Id);
        Assert.Equal(("owner", "admin"), (roles[group.Member.Id], roles[group.Owner.Id]));
        Assert.Single(roles.Values, role => role == "owner");
        using var formerOwnerTries = await group.Owner.SetRoleAsync(group.Id, group.Admin, "member");
        await formerOwnerTries.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_unknown_role_or_a_person_outside_the_group_is_refused()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var outsider = await People.ApiPerson.SignUpAsync(app, "out");

        using var unknownRole = await group.Owner.SetRoleAsync(group.Id, group.Member, "emperor");
        using var notInGroup = await group.Owner.SetRoleAsync(group.Id, outsider, "admin");

        await unknownRole.AssertProblemAsync(HttpStatusCode.BadRequest);
        await notInGroup.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private sealed class RoleOrder : IComparer<string>
    {
        private static readonly string[] Ranks = ["owner", "admin", "member"];

        public int Compare(string? x, string? y) => Array.IndexOf(Ranks, x).CompareTo(Array.IndexOf(Ranks, y));
    }
}
