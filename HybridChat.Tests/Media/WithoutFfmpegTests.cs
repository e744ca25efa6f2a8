using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Media;

public class WithoutFfmpegTests
{
    [Fact]
    public async Task Without_ffmpeg_a_video_is_a_player_without_a_poster()
    {
        await using var app = new ChatApp();
        app.Settings["Media:Ffmpeg"] = Path.Combine(app.DataDirectory, "no-such-ffmpeg");
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();

        var upload = await ana.UploadedAsync(await Ffmpeg.Mp4Async(160, 90, 1), "clip.mp4", "video/mp4");
        var message = await ana.SendFilesAsync(chat, "", upload["id"]!.GetValue<int>());

        var attachment = (await ben.MessageAsync(chat, message["id"]!.GetValue<long>()))["attachments"]![0]!;
        Assert.Equal("notApplicable", attachment["thumbnailState"]!.GetValue<string>());
        Assert.Null(attachment["thumbnailUrl"]);
        using var benBrowser = app.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        var card = (await benBrowser.GetPageAsync($"/conversations/{chat}")).QuerySelector("figure.attachment.video.without-poster")!;
        Assert.Equal($"/media/{upload["id"]}", card.QuerySelector("video[controls]")!.GetAttribute("src"));
    }
}
