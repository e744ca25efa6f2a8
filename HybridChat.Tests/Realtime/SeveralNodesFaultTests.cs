using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// Two nodes when a part fails: Redis goes away and comes back, a node dies without a word.
public class SeveralNodesFaultTests
{
    [Fact]
    public async Task Without_Redis_messages_reach_the_other_node_by_polling_and_with_it_back_every_client_has_everything_once()
    {
        // Only pushes could bring a message to the other node within a minute once Redis is back.
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["Realtime__ChangeLogPollWithBusMilliseconds"] = "600000" });
        var (ana, ben, chat) = await nodes.TwoFriendsOnTwoNodesAsync();
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        await ana.SendAsync(chat, "before");
        Assert.Equal(["before"], await benStream.TextsOfNextMessagesAsync(1));

        await nodes.Redis.StopAsync();
        await ClusterSteps.WaitUntilAsync(async () => await nodes.First.ReadinessAsync() == "200 Degraded", "the first node reports Redis missing");
        await ana.SendAsync(chat, "during 1");
        await ben.SendAsync(chat, "during 2");
        var duringOnSecond = await benStream.TextsOfNextMessagesAsync(2);

        await nodes.Redis.StartAsync();
        await ClusterSteps.WaitUntilAsync(async () => await nodes.First.ReadinessAsync() == "200 Healthy"
            && await nodes.Second.ReadinessAsync() == "200 Healthy", "both nodes are linked to Redis again");
        await ana.SendAsync(chat, "after");
        await ben.SendAsync(chat, "the end");

        Assert.Equal(["during 1", "during 2"], duringOnSecond);
        Assert.Equal(["after", "the end"], await benStream.TextsOfNextMessagesAsync(2));
        Assert.Equal(["before", "during 1", "during 2", "after", "the end"], await anaStream.TextsOfNextMessagesAsync(5));
        var history = await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync();
        Assert.Equal(5, history["items"]!.AsArray().Count);
        ana.Dispose();
        ben.Dispose();
    }

    [Fact]
    public async Task A_node_started_while_Redis_is_down_serves_and_joins_the_others_when_Redis_comes()
    {
        await using var nodes = await TwoNodes.StartAsync(new Dictionary<string, string> { ["Realtime__ChangeLogPollWithBusMilliseconds"] = "600000" });
        var (ana, ben, chat) = await nodes.TwoFriendsOnTwoNodesAsync();
        await nodes.Redis.StopAsync();

        await nodes.Second.RestartAsync();
        Assert.Equal("200 Degraded", await nodes.Second.ReadinessAsync());
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        await ana.SendAsync(chat, "by polling");
        Assert.Equal(["by polling"], await benStream.TextsOfNextMessagesAsync(1));

        await nodes.Redis.StartAsync();
        await ClusterSteps.WaitUntilAsync(async () => await nodes.First.ReadinessAsync() == "200 Healthy"
            && await nodes.Second.ReadinessAsync() == "200 Healthy", "both nodes hear each other through Redis");
        // Healthy means each node hears the channel, so the one typing notice reaches Ben.
        using (await ana.PostAsync($"conversations/{chat}/typing", new { }))
        {
        }

        var notice = await benStream.NextAsync("typing");
        Assert.Equal(await ana.IdAsync(), notice.Data["userId"]!.GetValue<int>());
        await ana.SendAsync(chat, "by push");
        Assert.Equal(["by push"], await benStream.TextsOfNextMessagesAsync(1));
        ana.Dispose();
        ben.Dispose();
    }

    [Fact]
    public async Task A_client_of_a_node_killed_with_kill_9_resumes_on_the_other_from_its_last_event_id_with_nothing_missing()
    {
        await using var nodes = await TwoNodes.StartAsync();
        var (ana, ben, chat) = await nodes.TwoFriendsOnTwoNodesAsync();
        using var benOnFirst = await ben.SignInOnAsync(nodes.First);
        var streamOnFirst = await EventStreamClient.OpenAsync(benOnFirst.Client, benOnFirst.AccessToken!);
        await ana.SendAsync(chat, "one");
        await ana.SendAsync(chat, "two");
        Assert.Equal(["one", "two"], await streamOnFirst.TextsOfNextMessagesAsync(2));
        var lastEventId = streamOnFirst.LastEventId;

        await nodes.First.KillAsync();
        await streamOnFirst.Ended;
        await streamOnFirst.DisposeAsync();
        using var anaOnSecond = await ana.SignInOnAsync(nodes.Second);
        await anaOnSecond.SendAsync(chat, "three");
        await anaOnSecond.SendAsync(chat, "four");
        await using var streamOnSecond = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, lastEventId);
        await anaOnSecond.SendAsync(chat, "five");

        Assert.Equal(["three", "four", "five"], await streamOnSecond.TextsOfNextMessagesAsync(3));
        ana.Dispose();
        ben.Dispose();
    }
}
