using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

// A direct chat has no settings, roles, join codes or members to add or remove: its two people get
// 400 "Not a group" for all of it (anyone else 404), and the chat stays as it was.
public class DirectChatRefusalTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Group_calls_on_a_direct_chat_answer_400_and_change_nothing()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var cid = await ApiPerson.SignUpAsync(app, "cid");
        await ana.BecomeFriendsAsync(ben);
        await ana.BecomeFriendsAsync(cid);
        var chat = await ana.Api.OpenDirectChatAsync(ben.Api);

        foreach (var call in new Func<Task<HttpResponseMessage>>[]
        {
            () => ana.ReviseAsync(chat, new { title = "Renamed" }),
            () => ana.AddAsync(chat, cid),
            () => ana.SetRoleAsync(chat, ben, "admin"),
            () => ana.RemoveAsync(chat, ben),
            () => ben.LeaveAsync(chat),
            () => ana.PostAsync($"conversations/{chat}/join-code"),
            () => ana.DeleteAsync($"conversations/{chat}/join-code"),
            () => ana.PostAsync($"conversations/{chat}/join"),
        })
        {
            using var response = await call();
            Assert.Equal("Not a group", (await response.AssertProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        }

        var unchanged = await ana.JsonAsync($"conversations/{chat}");
        Assert.Equal("direct", unchanged["kind"]!.GetValue<string>());
        Assert.Equal(2, unchanged["members"]!.AsArray().Count);
        Assert.Null(unchanged["title"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_direct_chat_has_no_members_page_and_refuses_group_forms_on_the_web()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);
        var chat = await ana.Api.OpenDirectChatAsync(ben.Api);
        using var web = await ana.OnTheWebAsync(app);
        var page = await web.GetPageAsync("/rooms");

        await web.GetPageAsync($"/conversations/{chat}/members", HttpStatusCode.NotFound);
        using var rename = await web.HtmxPostAsync(page, $"/conversations/{chat}/settings", new Dictionary<string, string> { ["Title"] = "x" });
        using var code = await web.HtmxPostAsync(page, $"/conversations/{chat}/join-code");
        using var remove = await web.HtmxPostAsync(page, $"/conversations/{chat}/members/{ben.Id}/remove");
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, code.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, remove.StatusCode);
        Assert.Equal(2, (await ana.JsonAsync($"conversations/{chat}"))["members"]!.AsArray().Count);
    }
}
