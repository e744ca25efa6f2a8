using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

public class JoiningPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_visitor_following_an_invitation_link_logs_in_and_comes_back_to_join()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var guest = await ApiPerson.SignUpAsync(app, "gus");
        var code = await group.Owner.NewJoinCodeAsync(group.Id);
        using var web = app.NewSession();

        using var visit = await web.Client.GetAsync($"/join/{code}");
        Assert.Equal(HttpStatusCode.Redirect, visit.StatusCode);
        Assert.Contains(Uri.EscapeDataString($"/join/{code}"), visit.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var login = await web.GetPageAsync(visit.Headers.Location!.OriginalString);
        using var loggedIn = await web.SubmitAsync(login, "#login-form", new Dictionary<string, string>
        {
            ["Input.UserNameOrEmail"] = guest.UserName,
            ["Input.Password"] = AccountSteps.Password,
        });
        Assert.Equal($"/join/{code}", loggedIn.Headers.Location!.OriginalString);
        var invitation = await web.GetPageAsync($"/join/{code}");
        Assert.Equal(((await group.Owner.JsonAsync($"conversations/{group.Id}"))["title"]!.GetValue<string>()), invitation.QuerySelector("h1")!.TextContent.Trim());

        using var joined = await web.SubmitAsync(invitation, "form[action^='/join/']", new Dictionary<string, string>());

        Assert.Equal($"/conversations/{group.Id}", joined.Headers.Location!.OriginalString);
        Assert.True(await guest.SeesAsync(group.Id));
        Assert.Equal("Open the chat", (await web.GetPageAsync($"/join/{code}")).QuerySelector("a.button")!.TextContent.Trim());
    }

    [Fact]
    public async Task An_admin_makes_and_turns_off_the_link_on_the_members_page()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var web = await group.Admin.OnTheWebAsync(app);
        var page = await web.GetPageAsync($"/conversations/{group.Id}/members");

        using var made = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/join-code");
        var link = (await WebSession.ParseAsync(made)).QuerySelector(".join-link")!.GetAttribute("value")!;
        var code = link.Split("/join/")[1];
        await web.GetPageAsync($"/join/{code}");
        using var off = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/join-code/delete");

        Assert.Null((await WebSession.ParseAsync(off)).QuerySelector(".join-link"));
        await web.GetPageAsync($"/join/{code}", HttpStatusCode.NotFound);
        using var guest = await ApiPerson.SignUpAsync(app, "gus");
        using var refused = await guest.JoinWithCodeAsync(code);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_rooms_page_finds_a_public_room_and_joins_it()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        using var visitor = await ApiPerson.SignUpAsync(app, "vic");
        var tag = $"r{Guid.NewGuid().ToString("N")[..10]}";
        var id = await owner.CreateGroupAsync($"Chess {tag}", "public");
        await owner.CreateGroupAsync($"Secret {tag}", "private");
        using var web = await visitor.OnTheWebAsync(app);

        var rooms = await web.GetPageAsync($"/rooms?query={tag.ToUpperInvariant()}");

        Assert.Equal([$"Chess {tag}"], rooms.QuerySelectorAll(".room h2").Select(h => h.TextContent.Trim()));
        using var joined = await web.SubmitAsync(rooms, $"#room-{id} form", new Dictionary<string, string>());
        Assert.Equal($"/conversations/{id}", joined.Headers.Location!.OriginalString);
        Assert.Equal("Open", (await PeoplePages.HtmxGetAsync(web, $"/rooms?query={tag}")).QuerySelector($"#room-{id} a.button")!.TextContent.Trim());
        using var privateOne = await web.HtmxPostAsync(rooms, $"/conversations/{id + 1}/join");
        Assert.Equal(HttpStatusCode.NotFound, privateOne.StatusCode);
    }
}
