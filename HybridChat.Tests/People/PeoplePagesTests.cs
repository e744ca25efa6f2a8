using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class PeoplePagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_people_page_shows_each_match_with_the_actions_that_fit()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        using var me = await ApiPerson.SignUpAsync(app, "me");
        using var stranger = await ApiPerson.SignUpAsync(app, $"{token}s");
        using var friend = await ApiPerson.SignUpAsync(app, $"{token}f");
        using var asking = await ApiPerson.SignUpAsync(app, $"{token}i");
        using var asked = await ApiPerson.SignUpAsync(app, $"{token}o");
        using var blocked = await ApiPerson.SignUpAsync(app, $"{token}b");
        await me.BecomeFriendsAsync(friend);
        await asking.SendRequestAsync(me);
        await me.SendRequestAsync(asked);
        await me.BlockAsync(blocked);
        using var web = await me.OnTheWebAsync(app);

        var page = await web.GetPageAsync($"/people?query={token.ToUpperInvariant()}");

        Assert.Equal(["Add friend", "Block"], page.Card(stranger.Id)!.Buttons());
        Assert.Equal(["Chat", "Remove friend", "Block"], page.Card(friend.Id)!.Buttons());
        Assert.Equal(["Accept", "Reject", "Block"], page.Card(asking.Id)!.Buttons());
        Assert.Equal(["Cancel request", "Block"], page.Card(asked.Id)!.Buttons());
        Assert.Equal(["Unblock"], page.Card(blocked.Id)!.Buttons());
        Assert.Equal("Friend", page.Card(friend.Id)!.QuerySelector(".relationship")?.TextContent);
        Assert.NotNull(page.Card(friend.Id)!.QuerySelector($"form[action='/conversations/direct'] input[name=userId][value='{friend.Id}']"));
        Assert.All(page.QuerySelectorAll(".person form"), form => Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]")));
    }

    [Fact]
    public async Task An_htmx_search_answers_with_just_the_results()
    {
        using var me = await ApiPerson.SignUpAsync(app, "me");
        using var other = await ApiPerson.SignUpAsync(app, "findme");
        using var web = await me.OnTheWebAsync(app);

        var fragment = await web.HtmxGetAsync($"/people?query={other.UserName}");

        Assert.Null(fragment.QuerySelector("header.site-header"));
        Assert.NotNull(fragment.Card(other.Id));
        Assert.Equal(["Add friend", "Block"], fragment.Card(other.Id)!.Buttons());
    }

    [Fact]
    public async Task A_person_page_shows_them_but_not_to_someone_they_blocked()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana", displayName: "<script>alert('ana')</script>");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var cyd = await ApiPerson.SignUpAsync(app, "cyd");
        await ana.BlockAsync(ben);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);
        using var cydOnTheWeb = await cyd.OnTheWebAsync(app);

        var page = await cydOnTheWeb.GetPageAsync($"/people/{ana.Id}");
        await benOnTheWeb.GetPageAsync($"/people/{ana.Id}", HttpStatusCode.NotFound);
        var search = await benOnTheWeb.GetPageAsync($"/people?query={ana.UserName}");

        Assert.Equal("<script>alert('ana')</script>", page.Card(ana.Id)!.QuerySelector(".name")?.TextContent);
        Assert.Empty(page.QuerySelectorAll("main script"));
        Assert.Null(search.Card(ana.Id));
        await cydOnTheWeb.GetPageAsync("/people/999999", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task More_people_brings_the_next_page_of_matches()
    {
        var token = Guid.NewGuid().ToString("N")[..6];
        using var me = await ApiPerson.SignUpAsync(app, "me");
        for (var i = 0; i < 21; i++)
        {
            using var match = await ApiPerson.SignUpAsync(app, $"{token}{i:D2}");
        }

        using var web = await me.OnTheWebAsync(app);
        var first = await web.GetPageAsync($"/people?query={token}");
        var more = first.QuerySelector("a.people-more")!.GetAttribute("href")!;
        var second = await web.HtmxGetAsync(more);

        Assert.Equal(20, first.QuerySelectorAll(".person").Length);
        Assert.Single(second.QuerySelectorAll(".person"));
        Assert.Null(second.QuerySelector("a.people-more"));
        Assert.Empty(first.QuerySelectorAll(".person").Select(p => p.Id).Intersect(second.QuerySelectorAll(".person").Select(p => p.Id)));
    }

    [Theory]
    [InlineData("/people")]
    [InlineData("/friends")]
    [InlineData("/friend-requests")]
    [InlineData("/blocks")]
    public async Task The_people_pages_ask_visitors_to_log_in(string url)
    {
        using var visitor = app.NewSession();

        using var response = await visitor.Client.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
