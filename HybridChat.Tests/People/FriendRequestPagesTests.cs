using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class FriendRequestPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_request_sent_with_a_plain_form_shows_on_the_receivers_badge_and_friends_page()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);

        using var sent = await anaOnTheWeb.PressAsync($"/people?query={ben.UserName}", ben.Id, "Add friend");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var anasView = await anaOnTheWeb.GetPageAsync(sent.Headers.Location!.OriginalString);
        Assert.Equal(["Cancel request", "Block"], anasView.Card(ben.Id)!.Buttons());
        var friends = await benOnTheWeb.GetPageAsync("/friends");
        Assert.Equal("1", friends.QuerySelector("#friend-requests-badge .badge")?.TextContent);
        Assert.Equal(["Accept", "Reject", "Block"], friends.QuerySelector("#incoming-requests")!.Card(ana.Id)!.Buttons());
        Assert.Null(friends.QuerySelector("#outgoing-requests")!.Card(ana.Id));
        Assert.NotNull((await anaOnTheWeb.GetPageAsync("/friends")).QuerySelector("#outgoing-requests")!.Card(ben.Id));
        Assert.Empty((await anaOnTheWeb.GetPageAsync("/")).QuerySelectorAll("#friend-requests-badge .badge"));
    }

    [Fact]
    public async Task Accepting_with_htmx_swaps_in_the_friends_card_and_tells_the_page()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.SendRequestAsync(ben);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);

        using var accepted = await benOnTheWeb.PressWithHtmxAsync("/friends", ana.Id, "Accept");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("friend-request.accepted", accepted.Headers.GetValues("HX-Trigger").Single());
        var card = (await WebSession.ParseAsync(accepted)).Card(ana.Id)!;
        Assert.Equal("friend", card.GetAttribute("data-relationship"));
        Assert.Equal(["Chat", "Remove friend", "Block"], card.Buttons());
        Assert.NotNull((await benOnTheWeb.HtmxGetAsync("/friends")).Card(ana.Id));
        Assert.Equal([ben.Id], await ana.FriendIdsAsync());
        Assert.Empty((await benOnTheWeb.HtmxGetAsync("/friend-requests/badge")).QuerySelectorAll(".badge"));
    }

    [Fact]
    public async Task Answering_from_a_stale_page_shows_the_request_as_it_now_stands_with_409()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.SendRequestAsync(ben);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);
        var stalePage = await benOnTheWeb.GetPageAsync("/friends");
        var accept = stalePage.Card(ana.Id)!.QuerySelector("form[action$='/accept']")!.GetAttribute("action")!;
        var reject = stalePage.Card(ana.Id)!.QuerySelector("form[action$='/reject']")!.GetAttribute("action")!;

        using var first = await benOnTheWeb.HtmxPostAsync(stalePage, accept);
        using var second = await benOnTheWeb.HtmxPostAsync(stalePage, reject);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("friend", (await WebSession.ParseAsync(second)).Card(ana.Id)!.GetAttribute("data-relationship"));
        Assert.Equal([ana.Id], await ben.FriendIdsAsync());
    }

    [Fact]
    public async Task The_sender_cancels_and_the_receiver_rejects_from_their_cards()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.SendRequestAsync(ben);
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);
        using var benOnTheWeb = await ben.OnTheWebAsync(app);

        using var cancelled = await anaOnTheWeb.PressWithHtmxAsync("/friends", ben.Id, "Cancel request");
        await ben.SendRequestAsync(ana);
        using var rejected = await anaOnTheWeb.PressAsync($"/people/{ben.Id}", ben.Id, "Reject");

        Assert.Equal("friend-request.cancelled", cancelled.Headers.GetValues("HX-Trigger").Single());
        Assert.Equal(["Add friend", "Block"], (await WebSession.ParseAsync(cancelled)).Card(ben.Id)!.Buttons());
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Empty(await ana.RequestIdsAsync("incoming"));
        Assert.Empty(await ben.RequestIdsAsync("outgoing"));
        Assert.Empty(await ana.FriendIdsAsync());
    }

    [Fact]
    public async Task A_press_without_the_antiforgery_token_is_refused()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var anaOnTheWeb = await ana.OnTheWebAsync(app);

        using var forged = await anaOnTheWeb.Client.PostAsync("/friend-requests",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["userId"] = ben.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty(await ben.RequestIdsAsync("incoming"));
    }
}
