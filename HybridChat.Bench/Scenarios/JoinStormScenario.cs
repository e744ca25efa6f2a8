using System.Diagnostics;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// Every member of one group opens their stream (a room after a server restart), as fast as the
// fleet opens streams: how many presence.changed events do the members receive between them until
// things go quiet? (All 1,000 at once overflowed the app's accept queue on a busy 2-core machine.)
internal sealed class JoinStormScenario : IScenario
{
    private const string PresenceChanged = "presence.changed";
    private const double Goal = 10;
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    public string Name => "storm";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var members = context.People.Storm;
        await context.Api.CreateGroupAsync(context.Tokens.For(members[0]), "join storm", members.Skip(1).Select(m => m.Id), cancellationToken);
        long presence = 0;
        var clock = Stopwatch.StartNew();
        await using var fleet = new SseFleet(context.NewAppClient());
        await fleet.OpenAsync(members.Count, "/api/v1/events", i => context.Tokens.For(members[i]), _ => item =>
        {
            if (item.EventType == PresenceChanged)
            {
                Interlocked.Increment(ref presence);
            }
        }, cancellationToken);
        var opened = clock.Elapsed;
        var settled = await QuietAsync(() => Interlocked.Read(ref presence), cancellationToken);
        var total = Interlocked.Read(ref presence);
        var perMember = total / (double)members.Count;
        context.Report.Add(new ResultRow(
            $"join storm, {members.Count} members open their streams",
            $"{total} presence events = {BenchReport.Format(perMember)} per member; all open in {opened.TotalSeconds:0.0} s, last presence event {settled.TotalSeconds:0.0} s later; reconnects {fleet.Reconnects}",
            "-",
            null,
            "<= 10 presence events per member",
            perMember <= Goal,
            new Dictionary<string, double>
            {
                ["members"] = members.Count, ["presenceEvents"] = total, ["perMember"] = perMember,
                ["openSeconds"] = opened.TotalSeconds, ["quietAfterSeconds"] = settled.TotalSeconds, ["reconnects"] = fleet.Reconnects,
            }));
    }

    // Waits until the count has not moved for a while; returns when it last moved.
    private static async Task<TimeSpan> QuietAsync(Func<long> count, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var last = count();
        var lastChange = clock.Elapsed;
        while (clock.Elapsed - lastChange < Quiet && clock.Elapsed < Limit)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
            var now = count();
            if (now != last)
            {
                last = now;
                lastChange = clock.Elapsed;
            }
        }

        return lastChange;
    }
}
