using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.People;

// Friend requests and friendships as they arrive on the live streams of the two people involved.
public class FriendEventTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    private static Task<EventStreamClient> ListenAsync(ApiPerson person) =>
        EventStreamClient.OpenAsync(person.Api.Client, person.Api.AccessToken!);

    [Fact]
    public async Task The_receiver_hears_of_a_request_and_the_sender_of_its_acceptance()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await using var anaHears = await ListenAsync(ana);
        await using var benHears = await ListenAsync(ben);

        var id = await ana.SendRequestAsync(ben);
        var received = await benHears.NextAsync("friend-request.received");
        (await ben.PostAsync($"friend-requests/{id}/accept")).Dispose();
        var accepted = await anaHears.NextAsync("friend-request.accepted");

        Assert.Equal(id, received.Data["id"]!.GetValue<int>());
        Assert.Equal(ana.Id, received.Data["from"]!["id"]!.GetValue<int>());
        Assert.Equal("pending", received.Data["status"]!.GetValue<string>());
        Assert.Equal(id, accepted.Data["id"]!.GetValue<int>());
        Assert.Equal("accepted", accepted.Data["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Rejections_and_withdrawals_reach_the_other_side()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await using var anaHears = await ListenAsync(ana);
        await using var benHears = await ListenAsync(ben);

        var first = await ana.SendRequestAsync(ben);
        (await ben.PostAsync($"friend-requests/{first}/reject")).Dispose();
        var rejected = await anaHears.NextAsync("friend-request.rejected");
        var second = await ana.SendRequestAsync(ben);
        (await ana.DeleteAsync($"friend-requests/{second}")).Dispose();
        var cancelled = await benHears.NextAsync("friend-request.cancelled");

        Assert.Equal(first, rejected.Data["id"]!.GetValue<int>());
        Assert.Equal("rejected", rejected.Data["status"]!.GetValue<string>());
        Assert.Equal(second, cancelled.Data["id"]!.GetValue<int>());
        Assert.Equal("cancelled", cancelled.Data["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task An_ended_friendship_is_announced_to_both_naming_the_other()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await ana.BecomeFriendsAsync(ben);
        await using var anaHears = await ListenAsync(ana);
        await using var benHears = await ListenAsync(ben);

        (await ana.DeleteAsync($"friends/{ben.Id}")).Dispose();

        Assert.Equal(ana.Id, (await benHears.NextAsync("friend.removed")).Data["userId"]!.GetValue<int>());
        Assert.Equal(ben.Id, (await anaHears.NextAsync("friend.removed")).Data["userId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Blocking_tells_the_blocked_person_their_friendship_ended()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await ana.BecomeFriendsAsync(ben);
        await using var benHears = await ListenAsync(ben);

        await ana.BlockAsync(ben);

        Assert.Equal(ana.Id, (await benHears.NextAsync("friend.removed")).Data["userId"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_browser_stream_raises_friend_events_by_name_for_htmx()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        using var benOnTheWeb = await ben.OnTheWebAsync(App);
        await using var benHears = await EventStreamClient.OpenWebAsync(benOnTheWeb.Client);

        var id = await ana.SendRequestAsync(ben);

        Assert.Equal(id, (await benHears.NextAsync("friend-request.received")).Data["id"]!.GetValue<int>());
    }
}
