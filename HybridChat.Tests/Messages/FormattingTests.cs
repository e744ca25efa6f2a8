using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Messages;

// Messages are a small Markdown subset rendered on the server; whatever is typed, the page, the
// htmx answer, the live fragment and the API html carry no markup of the sender's making and link
// only to web and mail addresses.
public class FormattingTests(LiveApp live) : IClassFixture<LiveApp>
{
    private const string Attacks = "[x](javascript:alert(1)) <script>alert(2)</script> <img src=x onerror=alert(3)> <javascript:alert(4)> "
        + "[d](data:text/html;base64,PHNjcmlwdD4=) ![i](https://example.com/i.png) [mail](mailto:ana@example.com) www.example.com <ben@example.com>\n"
        + "```\n<script>alert(5)</script>\n```";

    private ChatApp App => live.App;

    [Theory]
    [InlineData("**bold** *italic* ~~gone~~ `code`", "<p><strong>bold</strong> <em>italic</em> <del>gone</del> <code>code</code></p>")]
    [InlineData("first line\nsecond line", "<p>first line<br />\nsecond line</p>")]
    [InlineData("> quoted", "<blockquote>\n<p>quoted</p>\n</blockquote>")]
    [InlineData("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>")]
    [InlineData("1. one\n2. two", "<ol>\n<li>one</li>\n<li>two</li>\n</ol>")]
    [InlineData("```\nvar x = 1 < 2;\n```", "<pre><code>var x = 1 &lt; 2;\n</code></pre>")]
    [InlineData("# not a heading\n---", "<p># not a heading<br />\n---</p>")]
    [InlineData("see https://example.com/a",
        "<p>see <a href=\"https://example.com/a\" rel=\"noopener noreferrer nofollow ugc\" target=\"_blank\">https://example.com/a</a></p>")]
    public async Task The_markdown_subset_renders_as_html_in_the_api(string text, string html)
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        var sent = await ana.SendAsync(chat, text);

        Assert.Equal(text, sent["text"]!.GetValue<string>());
        Assert.Equal(html, sent["html"]!.GetValue<string>());
    }

    [Fact]
    public async Task Markup_and_unsafe_links_stay_text_in_the_page()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, Attacks);
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        AssertHarmless(page.QuerySelector($"#conversation-{chat}-messages .message .text")!);
    }

    [Fact]
    public async Task Markup_and_unsafe_links_stay_text_in_the_htmx_answer()
    {
        var (_, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/conversations/{chat}/messages")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ClientMessageId"] = "x", ["Text"] = Attacks }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);

        using var sent = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        AssertHarmless((await WebSession.ParseAsync(sent)).QuerySelector(".message .text")!);
    }

    [Fact]
    public async Task Markup_and_unsafe_links_stay_text_in_the_live_fragment_and_the_api()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        await using var stream = await EventStreamClient.OpenWebAsync(browser.Client);

        var sent = await ana.SendAsync(chat, Attacks);

        var fragment = await new HtmlParser().ParseDocumentAsync((await stream.NextAsync("message")).RawData);
        AssertHarmless(fragment.QuerySelector(".message .text")!);
        var api = await new HtmlParser().ParseDocumentAsync($"<div class=\"text\">{sent["html"]!.GetValue<string>()}</div>");
        AssertHarmless(api.QuerySelector(".text")!);
    }

    private static void AssertHarmless(IElement text)
    {
        Assert.Empty(text.QuerySelectorAll("script, img, iframe, object"));
        Assert.DoesNotContain(text.QuerySelectorAll("*"), element => element.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.Ordinal)));
        Assert.Equal(["mailto:ana@example.com", "http://www.example.com", "mailto:ben@example.com"], text.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.All(text.QuerySelectorAll("a"), a => Assert.Equal("noopener noreferrer nofollow ugc", a.GetAttribute("rel")));
        Assert.Contains("<script>alert(2)</script>", text.TextContent, StringComparison.Ordinal);
        Assert.Contains("<img src=x onerror=alert(3)>", text.TextContent, StringComparison.Ordinal);
        Assert.Equal("<script>alert(5)</script>\n", text.QuerySelector("pre code")!.TextContent);
    }
}
