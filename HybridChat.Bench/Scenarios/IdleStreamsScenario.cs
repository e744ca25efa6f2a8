using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// Many open, quiet streams: are they all still open after a while, and what does each cost the
// server process in resident memory? Pool users take turns, so each holds a few streams, like
// people with several tabs and devices.
internal sealed class IdleStreamsScenario : IScenario
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    public string Name => "idle";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var count = context.Options.IdleStreams;
        var pool = context.People.Pool;
        var bare = await HoldAsync(context, context.Baseline.Process, context.NewBaselineClient(), BaselineServer.SsePath, _ => null, cancellationToken);
        var app = await HoldAsync(context, context.App.Process, context.NewAppClient(), "/api/v1/events",
            i => context.Tokens.For(pool[i % pool.Count]), cancellationToken);
        var ratio = app.BytesPerStream / bare.BytesPerStream;
        context.Report.Add(new ResultRow(
            $"{count} idle streams",
            $"{app.Held}/{count} held, {BenchReport.Format(app.BytesPerStream / 1024)} KiB per stream",
            $"bare SSE {bare.Held}/{count} held, {BenchReport.Format(bare.BytesPerStream / 1024)} KiB per stream",
            ratio,
            "all held, <= 1.5x bare memory per stream",
            app.Held == count && ratio <= 1.5,
            new Dictionary<string, double>
            {
                ["streams"] = count,
                ["appHeld"] = app.Held, ["appBytesPerStream"] = app.BytesPerStream, ["appRssBefore"] = app.RssBefore, ["appRssAfter"] = app.RssAfter,
                ["bareHeld"] = bare.Held, ["bareBytesPerStream"] = bare.BytesPerStream, ["bareRssBefore"] = bare.RssBefore, ["bareRssAfter"] = bare.RssAfter,
            }));
    }

    private static async Task<HeldStreams> HoldAsync(BenchContext context, ChildProcess server, HttpClient http, string path, Func<int, string?> token,
        CancellationToken cancellationToken)
    {
        var count = context.Options.IdleStreams;
        await using var fleet = new SseFleet(http);
        var before = server.ResidentBytes;
        await fleet.OpenAsync(count, path, token, _ => _ => { }, cancellationToken);
        await Task.Delay(Settle, cancellationToken);
        var after = server.ResidentBytes;
        var rest = context.Options.IdleHold - Settle;
        if (rest > TimeSpan.Zero)
        {
            await Task.Delay(rest, cancellationToken);
        }

        var held = fleet.NeverDropped;
        Console.WriteLine($"  {path}: {held}/{count} held, RSS {before / 1048576.0:0.0} -> {after / 1048576.0:0.0} MiB");
        return new HeldStreams(held, before, after, (after - before) / (double)count);
    }

    private sealed record HeldStreams(int Held, long RssBefore, long RssAfter, double BytesPerStream);
}
