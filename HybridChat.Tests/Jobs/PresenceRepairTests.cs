using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Jobs;

public class PresenceRepairTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Someone_left_online_by_a_crashed_node_goes_offline_and_their_friends_hear_it()
    {
        var (ana, ben, _) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        // A node that crashed held Ana's stream: its lease on her presence ran out a while ago.
        await App.InDatabaseAsync(db => db.Users.Where(u => u.Id == anaId)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.OnlineUntil, DateTime.UtcNow.AddMinutes(-5)).SetProperty(x => x.LastSeenAt, (DateTime?)null)));

        App.TriggerRecurring(RecurringJobSchedule.PresenceRepair);

        var offline = Assert.Single((await benStream.NextAsync("presence.changed")).PresenceUsers);
        Assert.Equal(anaId, offline["userId"]!.GetValue<int>());
        Assert.False(offline["isOnline"]!.GetValue<bool>());
        var repaired = await App.InDatabaseAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == anaId));
        Assert.Null(repaired.OnlineUntil);
        Assert.NotNull(repaired.LastSeenAt);
    }

    [Fact]
    public async Task Someone_with_an_open_stream_stays_online()
    {
        var (ana, _, _) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await JobSteps.EventuallyAsync(() => App.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == anaId && u.OnlineUntil > DateTime.UtcNow)),
            "her stream holds a lease");

        App.TriggerRecurring(RecurringJobSchedule.PresenceRepair);
        await Task.Delay(TimeSpan.FromSeconds(2));

        Assert.True(await App.InDatabaseAsync(db => db.Users.AnyAsync(u => u.Id == anaId && u.OnlineUntil != null)));
    }
}
