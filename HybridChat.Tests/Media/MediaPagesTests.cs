using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Media;

// The chat page's side of files: the composer's form without JavaScript, the script's upload
// address, and what the messages show.
public class MediaPagesTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_picture_sent_from_the_form_shows_its_shape_then_its_preview_arrives_live()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var anaBrowser = App.NewSession();
        await anaBrowser.LogInAsync(ana.UserName!);
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        await using var benStream = await EventStreamClient.OpenWebAsync(benBrowser.Client);
        var page = await anaBrowser.GetPageAsync($"/conversations/{chat}");

        using var sent = await SubmitComposerAsync(anaBrowser, page, chat, TestFiles.Jpeg(800, 600), "sunset.jpg");

        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var mediaId = (await ana.MessageAsync(chat, await NewestIdAsync(ana, chat)))["attachments"]![0]!["id"]!.GetValue<int>();
        var benPage = await benBrowser.GetPageAsync($"/conversations/{chat}");
        var shown = benPage.QuerySelector($"#conversation-{chat}-messages .attachment.picture")!;
        Assert.True(shown.LocalName == "img" || shown.QuerySelector("img") is not null || shown.LocalName == "canvas");
        Assert.Equal("800x600", ShapeOf(shown));
        while (!(await benStream.NextAsync("message")).RawData.Contains($"src=\"/media/{mediaId}/thumbnail\"", StringComparison.Ordinal))
        {
        }

        using var preview = await benBrowser.Client.GetAsync(new Uri($"/media/{mediaId}/thumbnail", UriKind.Relative));
        Assert.Equal("image/webp", preview.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_composer_script_uploads_a_file_and_gets_the_item_to_send_with_the_message()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ana.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        var token = page.QuerySelector("meta[name=antiforgery-token]")!.GetAttribute("content")!;

        using var withoutToken = await UploadAsync(browser, null, TestFiles.Html(), "notes.html");
        using var uploaded = await UploadAsync(browser, token, TestFiles.Html(), "notes.html");

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        var item = await WebSession.ParseAsync(uploaded);
        var mediaId = item.QuerySelector("input[name=AttachmentIds]")!.GetAttribute("value")!;
        using var sent = await browser.SubmitAsync(page, $"#composer-{chat}", new Dictionary<string, string> { ["AttachmentIds"] = mediaId, ["Text"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var card = (await browser.GetPageAsync($"/conversations/{chat}")).QuerySelector($"a.attachment.file[href='/media/{mediaId}']")!;
        Assert.Contains("notes.html", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("application/octet-stream", card.TextContent, StringComparison.Ordinal);
        Assert.Contains("bytes", card.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_posing_as_a_picture_in_the_form_is_refused_with_the_reason()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ana.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");

        using var sent = await SubmitComposerAsync(browser, page, chat, TestFiles.WindowsProgram(), "cat.jpg", htmx: true);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, sent.StatusCode);
        var fragment = await WebSession.ParseAsync(sent);
        Assert.Contains("not one", fragment.QuerySelector($"#composer-{chat} .field-error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_script_a_preview_is_a_link_to_the_full_picture_and_recording_stays_hidden()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var upload = await ana.UploadedAsync(TestFiles.Jpeg(1200, 900), "harbour.jpg", "image/jpeg");
        var message = await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());
        await ben.WhenPreviewSettledAsync(chat, message["id"]!.GetValue<long>());
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        var link = page.QuerySelector($"a.attachment.picture[href='/media/{upload["id"]}']")!;
        Assert.Equal($"/media/{upload["id"]}/thumbnail", link.QuerySelector("img")!.GetAttribute("src"));
        using var full = await browser.Client.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(("image/jpeg", "inline"), (full.Content.Headers.ContentType?.MediaType, full.Content.Headers.ContentDisposition?.DispositionType));
        Assert.NotNull(page.QuerySelector("dialog#picture-viewer:not([open])"));
        Assert.NotNull(page.QuerySelector($"#composer-{chat} button[data-voice-note][hidden]"));
        Assert.Empty(page.QuerySelectorAll("script:not([src]), [style]"));
    }

    private static string ShapeOf(IElement shown)
    {
        var shape = shown.LocalName == "a" ? shown.QuerySelector("img")! : shown;
        return $"{shape.GetAttribute("width")}x{shape.GetAttribute("height")}";
    }

    private static async Task<long> NewestIdAsync(ApiSession api, int chat)
    {
        using var page = await api.GetAsync($"conversations/{chat}/messages");
        return (await page.ReadJsonAsync())["items"]!.AsArray()[^1]!["id"]!.GetValue<long>();
    }

    private static async Task<HttpResponseMessage> SubmitComposerAsync(WebSession browser, IDocument page, int chat, byte[] file, string fileName, bool htmx = false)
    {
        using var form = new MultipartFormDataContent();
        foreach (var input in page.QuerySelectorAll($"#composer-{chat} input[type=hidden]"))
        {
            form.Add(new StringContent(input.GetAttribute("value") ?? ""), input.GetAttribute("name")!);
        }

        form.Add(new StringContent(""), "Text");
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(content, "Files", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/conversations/{chat}/messages") { Content = form };
        if (htmx)
        {
            request.Headers.Add("HX-Request", "true");
        }

        return await browser.Client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> UploadAsync(WebSession browser, string? token, byte[] file, string fileName)
    {
        using var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/media") { Content = form };
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }

        return await browser.Client.SendAsync(request);
    }
}
