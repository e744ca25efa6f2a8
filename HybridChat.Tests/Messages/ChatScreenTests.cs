using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

// The web chat screen over HTTP: the page, the htmx send, and what a stranger gets.
public class ChatScreenTests(ChatApp app) : IClassFixture<ChatApp>
{
    private const string Attack = "<script>alert(1)</script> <img src=x onerror=alert(2)> <a href=\"javascript:alert(3)\">x</a> javascript:alert(4)";

    [Fact]
    public async Task Message_text_is_encoded_in_the_page_and_only_http_links_become_links()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, Attack + " https://example.com/ok");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        var text = page.QuerySelector($"#conversation-{chat}-messages .message .text")!;
        Assert.Equal(Attack + " https://example.com/ok", text.TextContent);
        Assert.Empty(text.QuerySelectorAll("script, img"));
        Assert.Equal(["https://example.com/ok"], text.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task An_htmx_send_answers_the_encoded_message_and_a_fresh_composer()
    {
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        var clientId = page.QuerySelector("input[name=ClientMessageId]")!.GetAttribute("value")!;

        using var sent = await PostHtmxAsync(browser, page, $"/conversations/{chat}/messages", new() { ["ClientMessageId"] = clientId, ["Text"] = Attack });
        using var retried = await PostHtmxAsync(browser, page, $"/conversations/{chat}/messages", new() { ["ClientMessageId"] = clientId, ["Text"] = Attack });

        var fragment = await sent.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Contains($"<hx-upsert hx-target=\"#conversation-{chat}-messages\"", fragment, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", fragment, StringComparison.Ordinal);
        Assert.DoesNotContain($"value=\"{clientId}\"", fragment, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        var history = await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync();
        Assert.Single(history["items"]!.AsArray());
    }

    [Fact]
    public async Task A_blank_htmx_send_answers_422_with_the_reason_and_keeps_the_client_id()
    {
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");

        using var response = await PostHtmxAsync(browser, page, $"/conversations/{chat}/messages", new() { ["ClientMessageId"] = "c1", ["Text"] = "   " });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await response.Content.ReadAsStringAsync();
        Assert.Contains("Write something to send.", fragment, StringComparison.Ordinal);
        Assert.Contains("value=\"c1\"", fragment, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nul \u0000 inside")]
    [InlineData("escape \u001b[31m red")]
    public async Task An_htmx_send_with_control_characters_answers_422_with_the_reason(string text)
    {
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");

        using var response = await PostHtmxAsync(browser, page, $"/conversations/{chat}/messages", new() { ["ClientMessageId"] = "c1", ["Text"] = text });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var fragment = await WebSession.ParseAsync(response);
        Assert.Equal("A message cannot contain control characters; only tabs and line breaks are allowed.",
            fragment.QuerySelector($"#composer-{chat} .field-error")?.TextContent);
        Assert.Empty((await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_stranger_gets_404_for_every_chat_page_and_action()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "private");
        using var stranger = app.NewSession();
        await stranger.SignUpAsync("stranger");
        var page = await stranger.GetPageAsync("/conversations");

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/conversations/{chat}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/conversations/{chat}/messages?before=999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/conversations/{chat}/seen")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/messages/{message["id"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync($"/messages/{message["id"]}/edit")).StatusCode);
        using var post = await PostHtmxAsync(stranger, page, $"/conversations/{chat}/messages", new() { ["ClientMessageId"] = "s", ["Text"] = "hi" });
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        using var delete = await SendHtmxAsync(stranger, page, HttpMethod.Delete, $"/messages/{message["id"]}", []);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        using var typing = await PostHtmxAsync(stranger, page, $"/conversations/{chat}/typing", []);
        Assert.Equal(HttpStatusCode.NotFound, typing.StatusCode);
    }

    [Fact]
    public async Task Opening_a_chat_marks_it_read()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "unread until opened");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        await browser.GetPageAsync($"/conversations/{chat}");

        var list = await (await ben.GetAsync("conversations")).ReadJsonAsync();
        Assert.Equal(0, list["items"]![0]!["unreadCount"]!.GetValue<int>());
    }

    private static Task<HttpResponseMessage> PostHtmxAsync(WebSession session, AngleSharp.Dom.IDocument page, string url, Dictionary<string, string> form) =>
        SendHtmxAsync(session, page, HttpMethod.Post, url, form);

    private static Task<HttpResponseMessage> SendHtmxAsync(WebSession session, AngleSharp.Dom.IDocument page, HttpMethod method, string url, Dictionary<string, string> form)
    {
        var request = new HttpRequestMessage(method, url) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);
        return session.Client.SendAsync(request);
    }
}
