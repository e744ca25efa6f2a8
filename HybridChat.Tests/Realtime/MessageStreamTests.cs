using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

public class MessageStreamTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Messages_arrive_live_in_the_order_they_were_sent()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        for (var i = 1; i <= 5; i++)
        {
            await ana.SendAsync(chat, $"message {i}");
        }

        var received = await stream.NextMessagesAsync(5);
        Assert.Equal(["message 1", "message 2", "message 3", "message 4", "message 5"], received.Select(e => e.Data["text"]!.GetValue<string>()));
        Assert.All(received, e => Assert.Equal("message.created", e.Type));
        var ids = received.Select(e => long.Parse(e.Id!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Fact]
    public async Task Reconnecting_with_Last_Event_ID_replays_exactly_the_missed_changes_then_goes_live()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        string resumeFrom;
        long first;
        await using (var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        {
            first = (await ana.SendAsync(chat, "seen live"))["id"]!.GetValue<long>();
            resumeFrom = (await stream.NextAsync("message.created")).Id!;
        }

        var second = (await ana.SendAsync(chat, "sent while away"))["id"]!.GetValue<long>();
        using (await ana.PatchAsync($"messages/{first}", new { text = "seen live, then edited" }))
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{second}"))
        {
        }

        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        var replayed = await resumed.NextMessagesAsync(3);

        Assert.Equal(["message.created", "message.updated", "message.deleted"], replayed.Select(e => e.Type));
        Assert.Equal([second, first, second], replayed.Select(e => e.Data["id"]!.GetValue<long>()));
        Assert.Equal("seen live, then edited", replayed[1].Data["text"]!.GetValue<string>());
        Assert.NotNull(replayed[2].Data["deletedAt"]);

        await ana.SendAsync(chat, "live again");
        var live = await resumed.NextAsync("message.created");
        Assert.Equal("live again", live.Data["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Changes_committed_while_a_long_replay_runs_are_neither_lost_nor_sent_twice()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var start = (await ana.SendAsync(chat, "start"))["id"]!.GetValue<long>();
        string resumeFrom;
        await using (var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        {
            await ana.SendAsync(chat, "mark");
            resumeFrom = (await stream.NextAsync("message.created")).Id!;
        }

        var expected = new List<string>();
        for (var i = 0; i < 250; i++)
        {
            expected.Add((await ana.SendAsync(chat, $"backlog {i}"))["clientMessageId"]!.GetValue<string>());
        }

        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        var during = Task.Run(async () =>
        {
            var sent = new List<string>();
            for (var i = 0; i < 30; i++)
            {
                sent.Add((await ana.SendAsync(chat, $"during {i}"))["clientMessageId"]!.GetValue<string>());
            }

            return sent;
        });
        expected.AddRange(await during);

        var received = await resumed.NextMessagesAsync(expected.Count);
        Assert.Equal(expected, received.Select(e => e.Data["clientMessageId"]!.GetValue<string>()));
        Assert.True(start > 0);
    }

    [Fact]
    public async Task A_stream_never_receives_events_of_a_conversation_its_user_is_not_in()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var cleo = App.NewApiSession();
        await cleo.SignUpAsync("cleo");
        await ana.BefriendAsync(cleo);
        var anaAndCleo = await ana.OpenDirectChatAsync(cleo);
        await using var stream = await EventStreamClient.OpenAsync(cleo.Client, cleo.AccessToken!, lastEventId: "0");

        await ana.SendAsync(chat, "private to ben");
        await ben.SendAsync(chat, "private to ana");
        await ana.SendAsync(anaAndCleo, "for cleo");

        var first = await stream.NextAsync("message.created");
        Assert.Equal("for cleo", first.Data["text"]!.GetValue<string>());
        Assert.Equal(anaAndCleo, first.Data["conversationId"]!.GetValue<int>());
    }
}
