using System.Net;
using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using HybridChat.Tests.Realtime;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Media;

public class MessageFilesDeletionTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Deleting_a_message_deletes_its_files_and_nobody_can_download_them_any_more()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var upload = await ana.UploadedAsync(TestFiles.Jpeg(), "party.jpg", "image/jpeg");
        var mediaId = upload["id"]!.GetValue<int>();
        var messageId = (await ana.SendFilesAsync(chat, "", mediaId))["id"]!.GetValue<long>();
        var attachment = await ben.WhenPreviewSettledAsync(chat, messageId);
        var (url, thumbnailUrl) = (attachment["url"]!.GetValue<string>(), attachment["thumbnailUrl"]!.GetValue<string>());
        var files = await MediaFilesOnDisk.OfAsync(App, mediaId);
        Assert.Equal(2, files.Paths.Count(File.Exists));
        using var anaBrowser = App.NewSession();
        await anaBrowser.LogInAsync(ana.UserName!);

        using (var deleted = await ana.Client.DeleteAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        foreach (var person in new[] { ana, ben })
        {
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(person.Client, url));
            Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(person.Client, thumbnailUrl));
        }

        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anaBrowser.Client, $"/media/{mediaId}"));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(anaBrowser.Client, $"/media/{mediaId}/thumbnail"));
        Assert.Empty((await ana.MessageAsync(chat, messageId))["attachments"]!.AsArray());
        await JobSteps.EventuallyAsync(async () => await MediaFilesOnDisk.OfAsync(App, mediaId) is { RowExists: false },
            "the job has deleted the files and the row");
        Assert.False(files.AnyExists);
    }

    [Fact]
    public async Task A_picture_also_used_as_a_profile_picture_is_kept_when_its_message_is_deleted()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        var mediaId = (await ana.UploadedAsync(TestFiles.Jpeg(), "me.jpg", "image/jpeg"))["id"]!.GetValue<int>();
        var messageId = (await ana.SendFilesAsync(chat, "", mediaId))["id"]!.GetValue<long>();
        await ana.WhenPreviewSettledAsync(chat, messageId);
        await App.InDatabaseAsync(db => db.Users.Where(u => u.Id == anaId).ExecuteUpdateAsync(u => u.SetProperty(x => x.AvatarMediaId, mediaId)));

        using (await ana.Client.DeleteAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative)))
        {
        }

        await App.RunRecurringAsync(RecurringJobSchedule.MediaCleanup);
        var files = await MediaFilesOnDisk.OfAsync(App, mediaId);
        Assert.True(files.RowExists);
        Assert.All(files.Paths, path => Assert.True(File.Exists(path), path));
    }

    [Fact]
    public async Task Deleting_a_message_twice_or_one_without_files_is_fine()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var messageId = (await ana.SendAsync(chat, "no files"))["id"]!.GetValue<long>();

        foreach (var _ in new[] { 1, 2 })
        {
            using var deleted = await ana.Client.DeleteAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        await App.RunRecurringAsync(RecurringJobSchedule.MediaCleanup);
    }

    private static async Task<HttpStatusCode> StatusAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return response.StatusCode;
    }
}
