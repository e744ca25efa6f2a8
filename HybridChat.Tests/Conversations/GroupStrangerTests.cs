using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

// Someone outside a group probing its ids learns nothing: every answer is 404 and nothing changes.
public class GroupStrangerTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_stranger_gets_404_on_every_group_route_of_the_api()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var eve = await ApiPerson.SignUpAsync(app, "eve");
        await group.Owner.BecomeFriendsAsync(eve);
        var code = await group.Owner.NewJoinCodeAsync(group.Id);
        var id = group.Id;

        foreach (var probe in new Func<Task<HttpResponseMessage>>[]
        {
            () => eve.GetAsync($"conversations/{id}"),
            () => eve.ReviseAsync(id, new { title = "Mine" }),
            () => eve.AddAsync(id, eve),
            () => eve.SetRoleAsync(id, group.Member, "admin"),
            () => eve.SetRoleAsync(id, eve, "owner"),
            () => eve.RemoveAsync(id, group.Member),
            () => eve.LeaveAsync(id),
            () => eve.PostAsync($"conversations/{id}/join-code"),
            () => eve.DeleteAsync($"conversations/{id}/join-code"),
            () => eve.PostAsync($"conversations/{id}/join"),
            () => eve.GetAsync($"conversations/{id}/messages"),
            () => eve.ReviseAsync(999_999, new { title = "Nothing" }),
            () => eve.DeleteAsync($"conversations/999999/members/{eve.Id}"),
        })
        {
            using var response = await probe();
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        var roles = await group.Owner.RolesAsync(id);
        Assert.Equal(4, roles.Count);
        Assert.Equal("member", roles[group.Member.Id]);
        using var codeStillWorks = await eve.JoinWithCodeAsync(code);
        Assert.Equal(HttpStatusCode.OK, codeStillWorks.StatusCode);
    }

    [Fact]
    public async Task A_stranger_gets_404_on_every_group_page_and_form()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var eve = await ApiPerson.SignUpAsync(app, "eve");
        using var web = await eve.OnTheWebAsync(app);
        var page = await web.GetPageAsync("/rooms");
        var id = group.Id;
        var role = new Dictionary<string, string> { ["role"] = "Admin" };

        await web.GetPageAsync($"/conversations/{id}/members", HttpStatusCode.NotFound);
        await web.GetPageAsync($"/conversations/{id}", HttpStatusCode.NotFound);
        await web.GetPageAsync("/join/not-a-real-code", HttpStatusCode.NotFound);
        foreach (var (url, fields) in new (string, Dictionary<string, string>?)[]
        {
            ($"/conversations/{id}/settings", new() { ["Title"] = "Mine", ["Visibility"] = "Public" }),
            ($"/conversations/{id}/members", new() { ["userId"] = $"{eve.Id}" }),
            ($"/conversations/{id}/members/{group.Member.Id}/role", role),
            ($"/conversations/{id}/members/{eve.Id}/role", new() { ["role"] = "Owner" }),
            ($"/conversations/{id}/members/{group.Member.Id}/remove", null),
            ($"/conversations/{id}/join-code", null),
            ($"/conversations/{id}/join-code/delete", null),
            ($"/conversations/{id}/join", null),
            ("/join/not-a-real-code", null),
        })
        {
            using var response = await web.HtmxPostAsync(page, url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}.");
        }

        Assert.Equal(4, (await group.Owner.RolesAsync(id)).Count);
        Assert.StartsWith("Group ", (await group.Owner.JsonAsync($"conversations/{id}"))["title"]!.GetValue<string>(), StringComparison.Ordinal);
    }
}
