using System.Globalization;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// A page, or a history response, says the change-log position it was built from; a stream opened
// from there replays exactly what happened since, so nothing sent while a page loads is lost.
public class StreamPositionTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_chat_page_opens_its_stream_from_the_change_log_position_it_rendered()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await ana.SendAsync(chat, "before the page");
        var latest = (await anaStream.NextAsync("message.created")).Id;
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var url = StreamUrlOf(await browser.GetPageAsync($"/conversations/{chat}"));

        Assert.Equal(latest, QueryValue(url, "lastEventId"));
        Assert.NotNull(QueryValue(url, "since"));
    }

    [Fact]
    public async Task A_message_edit_and_deletion_made_while_the_page_loads_are_replayed_once_when_its_stream_opens()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var edited = (await ana.SendAsync(chat, "shown on the page"))["id"]!.GetValue<long>();
        var deleted = (await ana.SendAsync(chat, "also shown"))["id"]!.GetValue<long>();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var url = StreamUrlOf(await browser.GetPageAsync($"/conversations/{chat}"));

        var gap = (await ana.SendAsync(chat, "sent in the gap"))["id"]!.GetValue<long>();
        using (await ana.PatchAsync($"messages/{edited}", new { text = "edited in the gap" }))
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{deleted}"))
        {
        }

        await using var stream = await EventStreamClient.OpenUrlAsync(browser.Client, url);
        var replayed = new[] { await stream.NextAsync("message"), await stream.NextAsync("message"), await stream.NextAsync("message") };
        await ana.SendAsync(chat, "live");
        var next = await stream.NextAsync("message");

        Assert.Contains("sent in the gap", replayed[0].RawData, StringComparison.Ordinal);
        Assert.Contains($"message-{gap}", replayed[0].RawData, StringComparison.Ordinal);
        Assert.Contains("edited in the gap", replayed[1].RawData, StringComparison.Ordinal);
        Assert.Contains($"message-{deleted}", replayed[2].RawData, StringComparison.Ordinal);
        Assert.Contains("live", next.RawData, StringComparison.Ordinal);
        Assert.DoesNotContain("shown on the page", string.Concat(replayed.Select(e => e.RawData)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_page_with_a_stream_carries_its_position()
    {
        var (_, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);

        foreach (var path in new[] { "/", "/conversations", $"/conversations/{chat}", "/friends", "/people", "/rooms", "/profile" })
        {
            var url = StreamUrlOf(await browser.GetPageAsync(path));
            Assert.True(QueryValue(url, "lastEventId") is not null, $"{path} opens {url}");
        }
    }

    [Fact]
    public async Task A_history_page_gives_the_stream_position_that_replays_exactly_the_later_changes()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var first = (await ana.SendAsync(chat, "in the history"))["id"]!.GetValue<long>();
        var history = await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync();
        var list = await (await ben.GetAsync("conversations")).ReadJsonAsync();
        var position = history["streamPosition"]!.GetValue<long>();
        Assert.Equal(position, list["streamPosition"]!.GetValue<long>());

        var later = (await ana.SendAsync(chat, "after the history"))["id"]!.GetValue<long>();
        using (await ana.PatchAsync($"messages/{first}", new { text = "edited after the history" }))
        {
        }

        await using var stream = await EventStreamClient.OpenUrlAsync(ben.Client,
            string.Create(CultureInfo.InvariantCulture, $"/api/v1/events?lastEventId={position}"), ben.AccessToken);
        var replayed = await stream.NextMessagesAsync(2);

        Assert.Equal(["message.created", "message.updated"], replayed.Select(e => e.Type));
        Assert.Equal([later, first], replayed.Select(e => e.Data["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_page_is_told_to_refetch_when_something_that_cannot_be_replayed_happened_since_it_rendered()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var url = StreamUrlOf(await browser.GetPageAsync("/friends"));

        // Ana comes online after Ben's page rendered: his page still says she is offline.
        await using (await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!))
        {
            await using var stream = await EventStreamClient.OpenUrlAsync(browser.Client, url);
            var first = await stream.NextAsync();
            Assert.Equal("stream.resync", first.Type);
            await ana.SendAsync(chat, "after the resync");
            // Ana's presence may come first (it is batched); the message is the unnamed event.
            Assert.StartsWith("<", (await stream.NextAsync("message")).RawData, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_page_with_nothing_missed_is_not_told_to_refetch()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var browser = App.NewSession();
        await browser.LogInAsync(ben.UserName!);
        // Becoming friends was an event Ben's page must not be older than (by more than the clock skew allowed).
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        var url = StreamUrlOf(await browser.GetPageAsync("/friends"));

        await using var stream = await EventStreamClient.OpenUrlAsync(browser.Client, url);
        await ana.SendAsync(chat, "the first thing the stream sends");

        var first = await stream.NextAsync();
        Assert.NotEqual("stream.resync", first.Type);
        Assert.Contains("the first thing the stream sends", first.RawData, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_app_resuming_with_Last_Event_ID_is_told_to_refetch_after_the_replay()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        string resumeFrom;
        await using (var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        {
            await ana.SendAsync(chat, "seen");
            resumeFrom = (await stream.NextAsync("message.created")).Id!;
        }

        await ana.SendAsync(chat, "missed");
        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);

        Assert.Equal("message.created", (await resumed.NextAsync()).Type);
        Assert.Equal("stream.resync", (await resumed.NextAsync()).Type);
    }

    private static string StreamUrlOf(IDocument page) =>
        page.QuerySelector("#live-stream")?.GetAttribute("hx-sse:connect") ?? throw new InvalidOperationException("The page opens no stream.");

    private static string? QueryValue(string url, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri(new Uri("http://x"), url).Query).TryGetValue(name, out var value) ? value.ToString() : null;
}
