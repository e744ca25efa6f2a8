using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// Send -> receive latency of one sender's messages to every member of a group with open streams,
// against a bare SSE broadcast and a SignalR hub with the same number of receivers.
internal sealed class FanOutScenario : IScenario
{
    public string Name => "fanout";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var owner = context.People.PoolOwner;
        foreach (var size in options.FanOutMembers)
        {
            var members = context.People.Pool.Take(size).ToList();
            var conversationId = await context.Api.CreateGroupAsync(context.Tokens.For(owner), $"fan-out {size}",
                members.Skip(1).Select(m => m.Id), cancellationToken);
            var app = await MeasureAsync(new AppFanOutTarget(context, conversationId, members), size, context, cancellationToken);
            var sse = await MeasureAsync(new BareSseFanOutTarget(context), size, context, cancellationToken);
            var signalR = await MeasureAsync(new SignalRFanOutTarget(context), size, context, cancellationToken);
            var ratio = app.P99 / sse.P99;
            context.Report.Add(new ResultRow(
                $"fan-out p99 send->receive, {size} members, {options.FanOutRate:0.#} msg/s",
                $"p99 {BenchReport.Format(app.P99)} ms (p50 {BenchReport.Format(app.P50)}, max {BenchReport.Format(app.Max)}); lost {app.Lost}, reconnects {app.Reconnects}",
                $"bare SSE p99 {BenchReport.Format(sse.P99)} ms (p50 {BenchReport.Format(sse.P50)}); SignalR p99 {BenchReport.Format(signalR.P99)} ms (p50 {BenchReport.Format(signalR.P50)})",
                ratio,
                "<= 3x bare SSE p99, <= SignalR p99, zero loss",
                ratio <= 3 && app.P99 <= signalR.P99 && app.Lost == 0,
                new Dictionary<string, double>
                {
                    ["members"] = size,
                    ["appP50Ms"] = app.P50, ["appP99Ms"] = app.P99, ["appMaxMs"] = app.Max, ["appLost"] = app.Lost, ["appReconnects"] = app.Reconnects,
                    ["sseP50Ms"] = sse.P50, ["sseP99Ms"] = sse.P99, ["sseMaxMs"] = sse.Max, ["sseLost"] = sse.Lost,
                    ["signalRP50Ms"] = signalR.P50, ["signalRP99Ms"] = signalR.P99, ["signalRMaxMs"] = signalR.Max, ["signalRLost"] = signalR.Lost,
                    ["windows"] = options.FanOutRepeats,
                }));
        }
    }

    private static async Task<FanOutSummary> MeasureAsync(IFanOutTarget target, int size, BenchContext context, CancellationToken cancellationToken)
    {
        await using (target)
        {
            Console.WriteLine($"  fan-out {size}: {target.Name}");
            var windows = await FanOutRun.MeasureAsync(target, size, context.Options, context.Report.Fail, cancellationToken);
            var summary = FanOutSummary.Of(windows, target.Reconnects);
            foreach (var window in windows)
            {
                Console.WriteLine($"    window {window.Id}: p50 {BenchReport.Format(window.Latency.PercentileMs(50))} ms, " +
                    $"p99 {BenchReport.Format(window.Latency.PercentileMs(99))} ms, lost {window.Lost}, duplicates {window.Duplicates}, reordered {window.Reorders}");
                if (window.Lost > 0 || window.Duplicates > 0 || window.Reorders > 0)
                {
                    context.Report.Fail($"fan-out {size} {target.Name}: lost {window.Lost}, duplicated {window.Duplicates}, reordered {window.Reorders} of {window.Expected} deliveries");
                }
            }

            return summary;
        }
    }
}
