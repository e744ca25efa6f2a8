using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

// Someone probing ids that are not theirs learns nothing: every answer is 404 and nothing changes.
public class StrangerTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_stranger_cannot_touch_someone_elses_request_through_the_api()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var eve = await ApiPerson.SignUpAsync(app, "eve");
        var id = await ana.SendRequestAsync(ben);

        foreach (var probe in new[] { eve.PostAsync($"friend-requests/{id}/accept"), eve.PostAsync($"friend-requests/{id}/reject"),
            eve.DeleteAsync($"friend-requests/{id}"), eve.PostAsync("friend-requests/999999/accept"), eve.DeleteAsync($"friends/{ana.Id}") })
        {
            using var response = await probe;
            await response.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal([id], await ben.RequestIdsAsync("incoming"));
        Assert.Empty(await eve.FriendIdsAsync());
    }

    [Fact]
    public async Task A_stranger_cannot_touch_someone_elses_request_through_the_web()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var eve = await ApiPerson.SignUpAsync(app, "eve");
        var id = await ana.SendRequestAsync(ben);
        using var eveOnTheWeb = await eve.OnTheWebAsync(app);
        var evesPage = await eveOnTheWeb.GetPageAsync("/friends");

        foreach (var action in new[] { "accept", "reject", "cancel" })
        {
            using var htmx = await eveOnTheWeb.HtmxPostAsync(evesPage, $"/friend-requests/{id}/{action}");
            Assert.Equal(HttpStatusCode.NotFound, htmx.StatusCode);
            Assert.Equal("This person is not available.", (await WebSession.ParseAsync(htmx)).QuerySelector(".person.gone")?.TextContent.Trim());
        }

        using var bogus = await eveOnTheWeb.HtmxPostAsync(evesPage, "/friend-requests/999999/accept");
        var token = evesPage.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var plain = await eveOnTheWeb.Client.PostAsync($"/friend-requests/{id}/accept",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, plain.StatusCode);
        Assert.Contains("could not find that page", await plain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, bogus.StatusCode);
        Assert.Equal([id], await ben.RequestIdsAsync("incoming"));
        Assert.Equal("outgoing", await ana.RelationshipToAsync(ben));
    }

    [Fact]
    public async Task A_blocked_user_gets_404_for_everything_about_the_blocker_on_the_web()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);

        using var blocked = await anaOnTheWeb.PressWithHtmxAsync($"/people/{ben.Id}", ben.Id, "Block");
        var bensPage = await benOnTheWeb.GetPageAsync("/friends");
        var userId = new Dictionary<string, string> { ["userId"] = ana.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(["Unblock"], (await WebSession.ParseAsync(blocked)).Card(ben.Id)!.Buttons());
        Assert.Null(bensPage.Card(ana.Id));
        Assert.Null((await benOnTheWeb.GetPageAsync($"/people?query={ana.UserName}")).Card(ana.Id));
        await benOnTheWeb.GetPageAsync($"/people/{ana.Id}", HttpStatusCode.NotFound);
        foreach (var url in new[] { "/friend-requests", "/blocks" })
        {
            using var response = await benOnTheWeb.HtmxPostAsync(bensPage, url, userId);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using var unfriend = await benOnTheWeb.HtmxPostAsync(bensPage, $"/friends/{ana.Id}/remove");
        Assert.Equal(HttpStatusCode.NotFound, unfriend.StatusCode);
        Assert.Empty(await ana.RequestIdsAsync("incoming"));
    }
}
