using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using AngleSharp;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Messages;

// Reactions through the API and the page, live on both streams and replayed after a reconnect.
public class ReactionTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Two_people_react_with_the_same_emoji_and_everyone_sees_the_count_and_who()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "lunch?"))["id"]!.GetValue<long>();

        using (var first = await ReactAsync(ana, message, "👍"))
        using (var again = await ReactAsync(ana, message, "👍"))
        using (var second = await ReactAsync(ben, message, "👍"))
        {
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var reaction = Assert.Single((await second.ReadJsonAsync())["reactions"]!.AsArray())!;
            Assert.Equal("👍", reaction["emoji"]!.GetValue<string>());
            Assert.Equal(2, reaction["count"]!.GetValue<int>());
            Assert.Equal([ana.UserName, ben.UserName], reaction["users"]!.AsArray().Select(u => u!["userName"]!.GetValue<string>()));
        }

        using var removed = await UnreactAsync(ana, message, "👍");

        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        var seenByBen = (await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!["reactions"]!.AsArray();
        Assert.Equal(1, seenByBen.Single()!["count"]!.GetValue<int>());
        Assert.Equal(ben.UserName, seenByBen.Single()!["users"]![0]!["userName"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reaction_arrives_live_on_the_app_stream_and_the_browser_stream()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "news"))["id"]!.GetValue<long>();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        await using var appStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        await using var browserStream = await EventStreamClient.OpenWebAsync(browser.Client);

        using (await ReactAsync(ana, message, "🎉"))
        {
        }

        var updated = await appStream.NextAsync("message.updated");
        Assert.Equal(message, updated.Data["id"]!.GetValue<long>());
        Assert.Equal("🎉", updated.Data["reactions"]![0]!["emoji"]!.GetValue<string>());
        var html = await ParseAsync((await browserStream.NextAsync("message")).RawData);
        var button = html.QuerySelector($"#message-{message} button.reaction")!;
        Assert.Equal("🎉", button.GetAttribute("value"));
        Assert.Equal("1", button.QuerySelector(".reaction-count")!.TextContent);
        Assert.Equal((await ana.IdAsync()).ToString(CultureInfo.InvariantCulture), button.GetAttribute("data-user-ids"));
    }

    [Fact]
    public async Task A_reaction_added_while_away_is_replayed_as_an_upsert_after_a_reconnect()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        string appResumeFrom, browserResumeFrom;
        long message;
        await using (var appStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        await using (var browserStream = await EventStreamClient.OpenWebAsync(browser.Client))
        {
            message = (await ana.SendAsync(chat, "seen live"))["id"]!.GetValue<long>();
            appResumeFrom = (await appStream.NextAsync("message.created")).Id!;
            browserResumeFrom = (await browserStream.NextAsync("message")).Id!;
        }

        using (await ReactAsync(ana, message, "❤️"))
        {
        }

        await using var appResumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, appResumeFrom);
        await using var browserResumed = await EventStreamClient.OpenWebAsync(browser.Client, browserResumeFrom);
        var replayed = await appResumed.NextAsync("message.updated");
        Assert.Equal(message, replayed.Data["id"]!.GetValue<long>());
        Assert.Equal("❤️", replayed.Data["reactions"]![0]!["emoji"]!.GetValue<string>());
        var upsert = await ParseAsync((await browserResumed.NextAsync("message")).RawData);
        Assert.NotNull(upsert.QuerySelector($"hx-upsert"));
        Assert.Equal("❤️", upsert.QuerySelector($"#message-{message} button.reaction")!.GetAttribute("value"));
    }

    [Fact]
    public async Task A_stranger_cannot_react_into_a_conversation_and_gets_404()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "private"))["id"]!.GetValue<long>();
        using var stranger = App.NewApiSession();
        await stranger.SignUpAsync("stranger");
        using var web = App.NewSession();
        await web.LogInAsync(stranger.UserName!);
        var page = await web.GetPageAsync("/conversations");

        await (await ReactAsync(stranger, message, "👍")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await ReactAsync(stranger, message, "not an emoji")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await UnreactAsync(stranger, message, "👍")).AssertProblemAsync(HttpStatusCode.NotFound);
        using var toggled = await ToggleOnPageAsync(web, page, message, "👍");
        Assert.Equal(HttpStatusCode.NotFound, toggled.StatusCode);
        Assert.Empty((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!["reactions"]!.AsArray());
    }

    [Theory]
    [InlineData("a")]
    [InlineData("7")]
    [InlineData("ok")]
    [InlineData("👍👍")]
    [InlineData("👍a")]
    [InlineData("\u200D")]
    [InlineData("#")]
    public async Task Text_is_not_a_reaction(string emoji)
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "react to me"))["id"]!.GetValue<long>();

        using var response = await ReactAsync(ana, message, emoji);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("emoji"));
    }

    [Theory]
    [InlineData("👍")]
    [InlineData("❤️")]
    [InlineData("👍🏽")]
    [InlineData("🏳️‍🌈")]
    [InlineData("👨‍👩‍👧")]
    [InlineData("🇫🇷")]
    [InlineData("1️⃣")]
    [InlineData("✅")]
    public async Task Any_single_emoji_is_a_reaction(string emoji)
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "react to me"))["id"]!.GetValue<long>();

        using var response = await ReactAsync(ana, message, emoji);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(emoji, (await response.ReadJsonAsync())["reactions"]![0]!["emoji"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_deleted_message_takes_no_reactions_and_shows_none()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "soon gone"))["id"]!.GetValue<long>();
        using (await ReactAsync(ben, message, "👀"))
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{message}"))
        {
        }

        await (await ReactAsync(ben, message, "👍")).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await UnreactAsync(ben, message, "👀")).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!["reactions"]!.AsArray());
    }

    [Fact]
    public async Task One_person_adds_at_most_twenty_different_emoji_to_a_message()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "so many feelings"))["id"]!.GetValue<long>();
        var emoji = StringInfo.GetTextElementEnumerator("😀😃😄😁😆😅🤣😂🙂🙃😉😊😇🥰😍🤩😘😋😛😜🤪");
        var all = new List<string>();
        while (emoji.MoveNext())
        {
            all.Add(emoji.GetTextElement());
        }

        foreach (var each in all.Take(20))
        {
            using var added = await ReactAsync(ana, message, each);
            Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        }

        var problem = await (await ReactAsync(ana, message, all[20])).AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 20", problem.FieldErrors("emoji").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicking_an_emoji_on_the_page_toggles_the_readers_own_reaction()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "click me"))["id"]!.GetValue<long>();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        var picker = page.QuerySelector($"#message-{message} form.reactions")!;
        Assert.Equal($"/messages/{message}/reactions", picker.GetAttribute("hx-post"));
        Assert.Contains("👍", page.QuerySelectorAll("#reaction-picker button[name=emoji]").Select(b => b.GetAttribute("value")));
        Assert.Equal(message.ToString(CultureInfo.InvariantCulture), page.QuerySelector($"#message-{message} [data-react-to]")!.GetAttribute("data-react-to"));

        using var on = await ToggleOnPageAsync(browser, page, message, "👍");
        var shown = (await WebSession.ParseAsync(on)).QuerySelector($"#message-{message} button.reaction")!;
        using var off = await ToggleOnPageAsync(browser, page, message, "👍");

        Assert.Equal(HttpStatusCode.OK, on.StatusCode);
        Assert.Equal("1", shown.QuerySelector(".reaction-count")!.TextContent);
        Assert.Equal((await ben.IdAsync()).ToString(CultureInfo.InvariantCulture), shown.GetAttribute("data-user-ids"));
        Assert.Equal(ben.UserName, shown.QuerySelector(".reaction-names")!.TextContent);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Null((await WebSession.ParseAsync(off)).QuerySelector($"#message-{message} button.reaction"));
    }

    [Fact]
    public async Task A_toggle_without_the_antiforgery_token_is_refused()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var message = (await ana.SendAsync(chat, "guarded"))["id"]!.GetValue<long>();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);

        using var forged = await browser.Client.PostAsync($"/messages/{message}/reactions", new FormUrlEncodedContent(new Dictionary<string, string> { ["emoji"] = "👍" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Empty((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!["reactions"]!.AsArray());
    }

    private static Task<HttpResponseMessage> ReactAsync(ApiSession api, long message, string emoji) =>
        api.Client.PutAsync($"/api/v1/messages/{message}/reactions/{Uri.EscapeDataString(emoji)}", null);

    private static Task<HttpResponseMessage> UnreactAsync(ApiSession api, long message, string emoji) =>
        api.Client.DeleteAsync($"/api/v1/messages/{message}/reactions/{Uri.EscapeDataString(emoji)}");

    private static Task<HttpResponseMessage> ToggleOnPageAsync(WebSession session, IDocument page, long message, string emoji)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/messages/{message}/reactions")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["emoji"] = emoji }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);
        return session.Client.SendAsync(request);
    }

    private static Task<IDocument> ParseAsync(string html) =>
        BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content($"<body>{html}</body>"));
}
