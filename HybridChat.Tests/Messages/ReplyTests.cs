using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class ReplyTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_reply_through_the_api_carries_a_quote_of_the_original()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ana.SendAsync(chat, "Where shall we meet?");

        using var response = await ReplyAsync(ben, chat, original["id"]!.GetValue<long>(), "At the station");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        AssertQuotes(await response.ReadJsonAsync(), original, "Where shall we meet?");
        var seenByAna = (await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![1]!.AsObject();
        AssertQuotes(seenByAna, original, "Where shall we meet?");
    }

    [Fact]
    public async Task A_reply_from_the_web_form_shows_its_quote_in_the_answer_and_on_the_page()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ana.SendAsync(chat, "Lunch?");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");

        using var sent = await HtmxAsync(browser, page, HttpMethod.Post, $"/conversations/{chat}/messages",
            new() { ["ClientMessageId"] = "web-reply", ["Text"] = "Yes!", ["ReplyToId"] = original["id"]!.ToString() });

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        var quote = (await WebSession.ParseAsync(sent)).QuerySelector(".message .reply-quote")!;
        Assert.Equal($"#message-{original["id"]}", quote.GetAttribute("href"));
        Assert.Contains("Lunch?", quote.TextContent, StringComparison.Ordinal);
        var reloaded = await browser.GetPageAsync($"/conversations/{chat}");
        Assert.Contains("Lunch?", reloaded.QuerySelector($"#conversation-{chat}-messages .reply-quote")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(reloaded.QuerySelector($"#composer-{chat} input[name=ReplyToId]"));
    }

    [Fact]
    public async Task An_original_deleted_after_the_reply_shows_as_deleted_in_the_quote()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ana.SendAsync(chat, "oops, wrong chat");
        using (await ReplyAsync(ben, chat, original["id"]!.GetValue<long>(), "what?"))
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{original["id"]}"))
        {
        }

        var reply = (await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![1]!;
        Assert.True(reply["replyTo"]!["deleted"]!.GetValue<bool>());
        Assert.Equal("", reply["replyTo"]!["excerpt"]!.GetValue<string>());
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        Assert.Contains("Original message deleted", page.QuerySelector(".reply-quote")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("oops", page.QuerySelector(".reply-quote")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replying_to_a_deleted_message_is_refused()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ana.SendAsync(chat, "gone soon");
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{original["id"]}"))
        {
        }

        using var response = await ReplyAsync(ben, chat, original["id"]!.GetValue<long>(), "too late");

        Assert.NotEmpty((await response.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("replyToId"));
    }

    [Fact]
    public async Task A_reply_to_a_message_of_another_conversation_is_refused_exactly_like_a_missing_one()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var (cleo, _, elsewhere) = await app.TwoFriendsInAChatAsync();
        var hidden = await cleo.SendAsync(elsewhere, "not for Ben");
        await ana.SendAsync(chat, "here");

        using var toHidden = await ReplyAsync(ben, chat, hidden["id"]!.GetValue<long>(), "peek");
        using var toMissing = await ReplyAsync(ben, chat, long.MaxValue, "peek");

        var hiddenErrors = (await toHidden.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("replyToId");
        Assert.NotEmpty(hiddenErrors);
        Assert.Equal(hiddenErrors, (await toMissing.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("replyToId"));
        Assert.Single((await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_stranger_cannot_reply_into_a_conversation()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ana.SendAsync(chat, "private");
        using var stranger = app.NewApiSession();
        await stranger.SignUpAsync("stranger");

        using var response = await ReplyAsync(stranger, chat, original["id"]!.GetValue<long>(), "let me in");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_reply_arrives_live_with_its_quote_and_is_replayed_after_a_reconnect()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var original = await ben.SendAsync(chat, "Ready?");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        string resumeFrom;
        await using (var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        await using (var page = await EventStreamClient.OpenWebAsync(browser.Client))
        {
            using (await ReplyAsync(ana, chat, original["id"]!.GetValue<long>(), "Ready."))
            {
            }

            var live = await stream.NextAsync("message.created");
            AssertQuotes(live.Data, original, "Ready?");
            var fragment = (await page.NextAsync("message")).RawData;
            Assert.Contains($"href=\"#message-{original["id"]}\"", fragment, StringComparison.Ordinal);
            resumeFrom = live.Id!;
        }

        using (await ReplyAsync(ana, chat, original["id"]!.GetValue<long>(), "Still ready."))
        {
        }

        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        var replayed = await resumed.NextAsync("message.created");
        Assert.Equal("Still ready.", replayed.Data["text"]!.GetValue<string>());
        AssertQuotes(replayed.Data, original, "Ready?");
    }

    private static Task<HttpResponseMessage> ReplyAsync(ApiSession api, int chat, long replyToId, string text) =>
        api.PostAsync($"conversations/{chat}/messages", new { clientMessageId = Guid.NewGuid().ToString("N"), text, replyToId });

    private static void AssertQuotes(JsonObject reply, JsonObject original, string excerpt)
    {
        var quote = reply["replyTo"]!;
        Assert.Equal(original["id"]!.GetValue<long>(), quote["id"]!.GetValue<long>());
        Assert.Equal(original["sender"]!["id"]!.GetValue<int>(), quote["sender"]!["id"]!.GetValue<int>());
        Assert.Equal(excerpt, quote["excerpt"]!.GetValue<string>());
        Assert.False(quote["deleted"]!.GetValue<bool>());
    }

    internal static Task<HttpResponseMessage> HtmxAsync(WebSession session, AngleSharp.Dom.IDocument page, HttpMethod method, string url,
        Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(method, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);
        return session.Client.SendAsync(request);
    }
}
