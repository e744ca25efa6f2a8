using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;
using NetVips;

namespace HybridChat.Tests.Media;

public class MediaApiTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_picture_sent_in_a_message_gets_its_preview_live()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        var upload = await ana.UploadedAsync(TestFiles.Jpeg(1600, 1200), "beach.jpg", "image/jpeg");
        Assert.Equal("image", upload["kind"]!.GetValue<string>());
        Assert.Equal("image/jpeg", upload["contentType"]!.GetValue<string>());
        Assert.Equal(1600, upload["width"]!.GetValue<int>());
        var message = await ana.SendFilesAsync(chat, "look", upload["id"]!.GetValue<int>());

        var withPreview = await NextWithPreviewAsync(stream, message["id"]!.GetValue<long>());
        var thumbnailUrl = withPreview["attachments"]![0]!["thumbnailUrl"]!.GetValue<string>();
        using var preview = await ben.Client.GetAsync(new Uri(thumbnailUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/webp", preview.Content.Headers.ContentType?.MediaType);
        using var image = Image.NewFromBuffer(await preview.Content.ReadAsByteArrayAsync());
        Assert.Equal((640, 480), (image.Width, image.Height));
    }

    [Fact]
    public async Task A_program_renamed_to_look_like_a_jpeg_is_refused()
    {
        using var ana = App.NewApiSession();
        await ana.SignUpAsync("ana");

        using var response = await ana.UploadAsync(TestFiles.WindowsProgram(), "holiday.jpg", "image/jpeg");

        var problem = await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Not a picture", problem["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_html_file_is_served_as_an_attachment_that_is_never_sniffed()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var upload = await ana.UploadedAsync(TestFiles.Html(), "page.html", "text/html");
        Assert.Equal("other", upload["kind"]!.GetValue<string>());
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        using var file = await ben.Client.GetAsync(new Uri(upload["url"]!.GetValue<string>(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/octet-stream", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", file.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("page.html", file.Content.Headers.ContentDisposition?.FileNameStar ?? file.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal("nosniff", file.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.True(file.Headers.CacheControl?.Private);
    }

    [Fact]
    public async Task A_picture_declaring_ten_billion_pixels_is_refused_from_its_header()
    {
        using var ana = App.NewApiSession();
        await ana.SignUpAsync("ana");
        var bomb = TestFiles.PngDeclaring(100_000, 100_000);

        using var response = await ana.UploadAsync(bomb, "tiny.png", "image/png");

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Picture too large", problem["title"]!.GetValue<string>());
        Assert.True(bomb.Length < 200);
    }

    [Fact]
    public async Task A_corrupt_picture_is_kept_as_a_file_without_a_preview()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var upload = await ana.UploadedAsync(TestFiles.CorruptJpeg(), "broken.jpg", "image/jpeg");
        var message = await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        var attachment = await ben.WhenPreviewSettledAsync(chat, message["id"]!.GetValue<long>());

        Assert.Equal("failed", attachment["thumbnailState"]!.GetValue<string>());
        Assert.Null(attachment["thumbnailUrl"]);
        using var file = await ben.Client.GetAsync(new Uri(attachment["url"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("sent after", (await ana.SendAsync(chat, "sent after"))["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_stored_photo_keeps_neither_camera_nor_location_and_stands_upright()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var photo = TestFiles.PhotoWithLocation(400, 300);
        using (var original = Image.NewFromBuffer(photo))
        {
            Assert.Contains("exif-data", original.GetFields());
        }

        var upload = await ana.UploadedAsync(photo, "IMG_0001.jpg", "image/jpeg");
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());
        using var file = await ben.Client.GetAsync(new Uri(upload["url"]!.GetValue<string>(), UriKind.Relative));
        var stored = await file.Content.ReadAsByteArrayAsync();

        using var image = Image.NewFromBuffer(stored);
        Assert.DoesNotContain("exif-data", image.GetFields());
        Assert.Equal(-1, stored.AsSpan().IndexOf("TestCam"u8));
        Assert.Equal((300, 400), (image.Width, image.Height));
        Assert.Equal((300, 400), (upload["width"]!.GetValue<int>(), upload["height"]!.GetValue<int>()));
    }

    [Fact]
    public async Task Strangers_and_removed_members_get_404_for_a_file_and_its_preview()
    {
        var (ana, ben, _) = await App.TwoFriendsInAChatAsync();
        using var stranger = App.NewApiSession();
        await stranger.SignUpAsync("eve");
        using var created = await ana.PostAsync("conversations/groups", new { title = "Trip", memberIds = new[] { await ben.IdAsync() } });
        var group = (await created.ReadJsonAsync())["id"]!.GetValue<int>();
        var upload = await ana.UploadedAsync(TestFiles.Jpeg(), "group.jpg", "image/jpeg");
        var message = await ana.SendFilesAsync(group, "", upload["id"]!.GetValue<int>());
        var attachment = await ana.WhenPreviewSettledAsync(group, message["id"]!.GetValue<long>());
        var (url, thumbnailUrl) = (attachment["url"]!.GetValue<string>(), attachment["thumbnailUrl"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(ben, thumbnailUrl));

        using (await ana.Client.DeleteAsync(new Uri($"/api/v1/conversations/{group}/members/{await ben.IdAsync()}", UriKind.Relative)))
        {
        }

        foreach (var outsider in new[] { stranger, ben })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(outsider, thumbnailUrl));
        }

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(ana, url));
    }

    [Fact]
    public async Task A_video_can_be_read_in_ranges()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        byte[] video = [0, 0, 0, 0x18, .. "ftypmp42"u8, .. new byte[1000]];
        var upload = await ana.UploadedAsync(video, "clip.mp4", "video/mp4");
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        using var request = new HttpRequestMessage(HttpMethod.Get, upload["url"]!.GetValue<string>());
        request.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(4, 11);
        using var part = await ben.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal("video/mp4", part.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", part.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("ftypmp42"u8.ToArray(), await part.Content.ReadAsByteArrayAsync());
    }

    private static async Task<HttpStatusCode> StatusAsync(ApiSession api, string url)
    {
        using var response = await api.Client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }

    private static async Task<System.Text.Json.Nodes.JsonObject> NextWithPreviewAsync(EventStreamClient stream, long messageId)
    {
        while (true)
        {
            var next = (await stream.NextMessagesAsync(1))[0].Data;
            if (next["id"]!.GetValue<long>() == messageId && next["attachments"]![0]!["thumbnailUrl"] is not null)
            {
                return next;
            }
        }
    }
}
