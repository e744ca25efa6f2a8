using System.Net;
using Hangfire;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Media;

// Uploads nobody sent are removed after a day (Media:UnsentUploadHours); what is in use stays.
public class MediaCleanupTests
{
    [Fact]
    public async Task An_upload_never_sent_is_removed_after_a_day_and_uploads_in_use_are_kept()
    {
        var clock = new ShiftedClock();
        await using var app = new ChatApp { ConfigureHost = host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)) };
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        var unsent = (await ana.UploadedAsync(TestFiles.Html(), "draft.html", "text/html"))["id"]!.GetValue<int>();
        var sent = (await ana.UploadedAsync(TestFiles.Html(), "sent.html", "text/html"))["id"]!.GetValue<int>();
        var avatar = (await ana.UploadedAsync(TestFiles.Jpeg(), "me.jpg", "image/jpeg"))["id"]!.GetValue<int>();
        await ana.SendFilesAsync(chat, "", sent);
        await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == anaId).ExecuteUpdateAsync(u => u.SetProperty(x => x.AvatarMediaId, avatar)));
        var unsentFiles = await MediaFilesOnDisk.OfAsync(app, unsent);

        await RunCleanupAtAsync(app, clock, TimeSpan.FromHours(23));
        Assert.True((await MediaFilesOnDisk.OfAsync(app, unsent)).RowExists);

        await RunCleanupAtAsync(app, clock, TimeSpan.FromHours(25));
        Assert.False((await MediaFilesOnDisk.OfAsync(app, unsent)).RowExists);
        Assert.False(unsentFiles.AnyExists);
        foreach (var kept in new[] { sent, avatar })
        {
            var files = await MediaFilesOnDisk.OfAsync(app, kept);
            Assert.True(files.RowExists && files.Paths.All(File.Exists), $"media {kept} is kept");
        }

        using var download = await ana.Client.GetAsync(new Uri($"/api/v1/media/{unsent}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
    }

    [Fact]
    public async Task Sending_an_upload_the_cleanup_removed_is_refused_with_the_reason_and_the_text_is_kept()
    {
        var clock = new ShiftedClock();
        await using var app = new ChatApp { ConfigureHost = host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)) };
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var removed = (await ana.UploadedAsync(TestFiles.Html(), "old.html", "text/html"))["id"]!.GetValue<int>();
        await RunCleanupAtAsync(app, clock, TimeSpan.FromHours(25));

        using var api = await ana.PostAsync($"conversations/{chat}/messages",
            new { clientMessageId = Guid.NewGuid().ToString("N"), text = "here it is", attachmentIds = new[] { removed } });
        var problem = await api.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(AttachmentRule.Gone, Assert.Single(problem.FieldErrors("attachmentIds")));

        using var browser = app.NewSession();
        await browser.LogInAsync(ana.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        var fields = page.QuerySelectorAll($"#composer-{chat} input[type=hidden]")
            .Select(input => KeyValuePair.Create(input.GetAttribute("name")!, input.GetAttribute("value") ?? ""))
            .Append(KeyValuePair.Create("Text", "here it is")).Append(KeyValuePair.Create("AttachmentIds", $"{removed}"));
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/conversations/{chat}/messages") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("HX-Request", "true");
        using var form = await browser.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, form.StatusCode);
        var composer = (await WebSession.ParseAsync(form)).QuerySelector($"#composer-{chat}")!;
        Assert.Equal(AttachmentRule.Gone, composer.QuerySelector(".field-error")!.TextContent.Trim());
        Assert.Equal("here it is", composer.QuerySelector("textarea")!.TextContent);
    }

    // The race the send's first check cannot see: the upload goes (or is sent by another message)
    // after the check, before the writer's commit.
    [Fact]
    public async Task The_writer_refuses_a_send_whose_upload_went_away_or_was_sent_meanwhile_and_writes_nothing_of_it()
    {
        await using var app = new ChatApp();
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        var upload = (await ana.UploadedAsync(TestFiles.Html(), "a.html", "text/html"))["id"]!.GetValue<int>();
        var writer = app.Services.GetRequiredService<MessageWriter>();

        var both = await Task.WhenAll(
            writer.WriteAsync(new SendMessage(chat, anaId, "first", "one", [upload])),
            writer.WriteAsync(new SendMessage(chat, anaId, "second", "two", [upload])),
            writer.WriteAsync(new SendMessage(chat, anaId, "vanished", "three", [upload + 1000])));

        Assert.True(both[0].Succeeded);
        Assert.Equal(AttachmentRule.Taken, Assert.Single(both[1].Errors[AttachmentRule.Field]));
        Assert.Equal(AttachmentRule.Gone, Assert.Single(both[2].Errors[AttachmentRule.Field]));
        var written = await app.InDatabaseAsync(db => db.Messages.Where(m => m.ConversationId == chat).Select(m => m.ClientMessageId).ToListAsync());
        Assert.Contains("first", written);
        Assert.DoesNotContain("second", written);
        Assert.DoesNotContain("vanished", written);
    }

    [Fact]
    public async Task Files_of_a_message_deleted_on_a_node_without_jobs_are_deleted_after_the_restart()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));
        int mediaId;
        MediaFilesOnDisk files;
        await using (var web = new ChatApp { DataDirectory = dataDirectory, KeepDataDirectory = true, Settings = { ["Jobs:RunServer"] = "false" } })
        {
            var (ana, _, chat) = await web.TwoFriendsInAChatAsync();
            mediaId = (await ana.UploadedAsync(TestFiles.Html(), "notes.html", "text/html"))["id"]!.GetValue<int>();
            var messageId = (await ana.SendFilesAsync(chat, "", mediaId))["id"]!.GetValue<long>();
            using (var deleted = await ana.Client.DeleteAsync(new Uri($"/api/v1/messages/{messageId}", UriKind.Relative)))
            {
                Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            }

            using var download = await ana.Client.GetAsync(new Uri($"/api/v1/media/{mediaId}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
            files = await MediaFilesOnDisk.OfAsync(web, mediaId);
            Assert.True(files.AnyExists);
        }

        await using var restarted = new ChatApp { DataDirectory = dataDirectory };
        await restarted.RunRecurringAsync(RecurringJobSchedule.MediaCleanup);

        Assert.False((await MediaFilesOnDisk.OfAsync(restarted, mediaId)).RowExists);
        Assert.False(files.AnyExists);
    }

    [Fact]
    public async Task A_node_without_a_job_server_does_not_queue_pending_previews_at_start_up()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));
        long queuedByTheUpload;
        await using (var first = new ChatApp { DataDirectory = dataDirectory, KeepDataDirectory = true, Settings = { ["Jobs:RunServer"] = "false" } })
        {
            using var ana = first.NewApiSession();
            await ana.SignUpAsync("ana");
            await ana.UploadedAsync(TestFiles.Jpeg(), "waiting.jpg", "image/jpeg");
            queuedByTheUpload = first.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics().Enqueued;
        }

        await using var web = new ChatApp { DataDirectory = dataDirectory, Settings = { ["Jobs:RunServer"] = "false" } };
        using (web.CreateClient())
        {
        }

        Assert.Equal(1, await web.InDatabaseAsync(db => db.Media.CountAsync(m => m.ThumbnailState == ThumbnailState.Pending)));
        // In-memory job storage starts empty with the process; a database's keeps the upload's own job.
        var queuedBefore = TestDatabase.IsPostgreSql ? queuedByTheUpload : 0;
        Assert.Equal(queuedBefore, web.Services.GetRequiredService<JobStorage>().GetMonitoringApi().GetStatistics().Enqueued);
    }

    private static async Task RunCleanupAtAsync(ChatApp app, ShiftedClock clock, TimeSpan later)
    {
        clock.Shift = later;
        try
        {
            await app.RunRecurringAsync(RecurringJobSchedule.MediaCleanup);
        }
        finally
        {
            clock.Shift = TimeSpan.Zero;
        }
    }
}
