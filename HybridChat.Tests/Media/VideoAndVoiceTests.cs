using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;
using NetVips;

namespace HybridChat.Tests.Media;

// Videos get a poster frame from ffmpeg the way pictures get previews; voice notes are audio; both
// play from byte ranges.
public class VideoAndVoiceTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_video_gets_a_poster_frame_of_its_shape_live_in_the_app_and_the_page()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        await using var page = await EventStreamClient.OpenWebAsync(benBrowser.Client);

        var upload = await ana.UploadedAsync(await Ffmpeg.Mp4Async(320, 180, 2), "holiday.mp4", "video/mp4");
        Assert.Equal(("video", "video/mp4", "pending"), Describe(upload));
        var message = await ana.SendFilesAsync(chat, "the beach", upload["id"]!.GetValue<int>());
        var messageId = message["id"]!.GetValue<long>();

        var attachment = (await NextWithPreviewAsync(stream, messageId))["attachments"]![0]!;
        Assert.Equal((320, 180), (attachment["width"]!.GetValue<int>(), attachment["height"]!.GetValue<int>()));
        using var poster = await ben.Client.GetAsync(new Uri(attachment["thumbnailUrl"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal("image/webp", poster.Content.Headers.ContentType?.MediaType);
        using (var image = Image.NewFromBuffer(await poster.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((320, 180), (image.Width, image.Height));
        }

        var mediaId = upload["id"]!.GetValue<int>();
        while (!(await page.NextAsync("message")).RawData.Contains($"poster=\"/media/{mediaId}/thumbnail\"", StringComparison.Ordinal))
        {
        }

        var video = (await benBrowser.GetPageAsync($"/conversations/{chat}")).QuerySelector($"figure.attachment.video video[src='/media/{mediaId}']")!;
        Assert.Equal(("metadata", "320", "180"), (video.GetAttribute("preload"), video.GetAttribute("width"), video.GetAttribute("height")));
        Assert.True(video.HasAttribute("controls"));
    }

    [Fact]
    public async Task A_clip_shorter_than_a_second_gets_its_first_frame_as_poster()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var upload = await ana.UploadedAsync(await Ffmpeg.Mp4Async(96, 128, 0.3), "blink.mp4", "video/mp4");
        var message = await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        var attachment = await ben.WhenPreviewSettledAsync(chat, message["id"]!.GetValue<long>());

        Assert.Equal("ready", attachment["thumbnailState"]!.GetValue<string>());
        Assert.Equal((96, 128), (attachment["width"]!.GetValue<int>(), attachment["height"]!.GetValue<int>()));
    }

    [Fact]
    public async Task A_corrupt_video_is_shown_as_a_video_card_without_a_poster_and_nothing_breaks()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var garbage = new byte[64 * 1024];
        new Random(16).NextBytes(garbage);
        byte[] corrupt = [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2avc1mp41"u8, .. garbage];

        var upload = await ana.UploadedAsync(corrupt, "broken.mp4", "video/mp4");
        var message = await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());
        var attachment = await ben.WhenPreviewSettledAsync(chat, message["id"]!.GetValue<long>());

        Assert.Equal("failed", attachment["thumbnailState"]!.GetValue<string>());
        Assert.Null(attachment["thumbnailUrl"]);
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        var card = (await benBrowser.GetPageAsync($"/conversations/{chat}")).QuerySelector($"#message-{message["id"]} figure.attachment.video.without-poster")!;
        Assert.Null(card.QuerySelector("video")!.GetAttribute("poster"));
        Assert.Contains("broken.mp4", card.QuerySelector("figcaption")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("sent after", (await ana.SendAsync(chat, "sent after"))["text"]!.GetValue<string>());
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(App.DataDirectory, "media", "incoming")));
    }

    [Theory]
    [InlineData("webm", "audio/webm", "audio/webm")]
    [InlineData("webm", "video/webm", "audio/webm")]
    [InlineData("webm", "application/octet-stream", "audio/webm")]
    [InlineData("ogg", "audio/ogg", "audio/ogg")]
    public async Task A_voice_note_is_audio_whatever_type_it_was_sent_with(string extension, string declared, string stored)
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();

        var upload = await ana.UploadedAsync(await Ffmpeg.VoiceNoteAsync(extension), $"voice-note.{extension}", declared);
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        Assert.Equal(("audio", stored, "notApplicable"), Describe(upload));
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        var player = (await benBrowser.GetPageAsync($"/conversations/{chat}")).QuerySelector($"figure.attachment.audio audio[src='/media/{upload["id"]}']")!;
        Assert.True(player.HasAttribute("controls"));
    }

    [Fact]
    public async Task A_webm_with_pictures_is_a_video_even_when_sent_as_audio()
    {
        using var ana = App.NewApiSession();
        await ana.SignUpAsync("ana");

        var upload = await ana.UploadedAsync(await Ffmpeg.WebmVideoAsync(), "clip.webm", "audio/webm");

        Assert.Equal("video", upload["kind"]!.GetValue<string>());
        Assert.Equal("video/webm", upload["contentType"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("video")]
    [InlineData("audio")]
    public async Task Video_and_audio_play_from_byte_ranges_on_the_page(string kind)
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var (bytes, name, type) = kind == "video"
            ? (await Ffmpeg.Mp4Async(160, 90, 1), "clip.mp4", "video/mp4")
            : (await Ffmpeg.VoiceNoteAsync("ogg"), "note.ogg", "audio/ogg");
        var upload = await ana.UploadedAsync(bytes, name, type);
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        var url = $"/media/{upload["id"]}";

        using var whole = await benBrowser.Client.GetAsync(new Uri(url, UriKind.Relative));
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(100, 199) } };
        using var part = await benBrowser.Client.SendAsync(request);
        using var tail = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { Range = new RangeHeaderValue(null, 10) } };
        using var last = await benBrowser.Client.SendAsync(tail);

        Assert.Equal(HttpStatusCode.OK, whole.StatusCode);
        Assert.Equal("bytes", whole.Headers.AcceptRanges.Single());
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(type, part.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"bytes 100-199/{bytes.Length}", part.Content.Headers.ContentRange?.ToString());
        Assert.Equal(bytes[100..200], await part.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.PartialContent, last.StatusCode);
        Assert.Equal(bytes[^10..], await last.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_range_past_the_end_of_a_video_is_refused_with_416()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var bytes = await Ffmpeg.Mp4Async(160, 90, 1);
        var upload = await ana.UploadedAsync(bytes, "clip.mp4", "video/mp4");
        await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/media/{upload["id"]}") { Headers = { Range = new RangeHeaderValue(bytes.Length + 10, null) } };
        using var response = await benBrowser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestedRangeNotSatisfiable, response.StatusCode);
        Assert.Equal($"bytes */{bytes.Length}", response.Content.Headers.ContentRange?.ToString());
    }

    private static (string Kind, string ContentType, string State) Describe(JsonObject upload) =>
        (upload["kind"]!.GetValue<string>(), upload["contentType"]!.GetValue<string>(), upload["thumbnailState"]!.GetValue<string>());

    private static async Task<JsonObject> NextWithPreviewAsync(EventStreamClient stream, long messageId)
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
