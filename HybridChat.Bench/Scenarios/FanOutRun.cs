using System.Diagnostics;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.Scenarios;

// Measures one target at one size: connects every receiver, waits until all of them receive
// live messages, then sends at a fixed rate in measured windows (open loop: sends follow the
// schedule, not the answers, so a slow server cannot slow the load down).
internal static class FanOutRun
{
    private static readonly TimeSpan WarmUpEvery = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan WarmUpLimit = TimeSpan.FromMinutes(3);
    // A slow server is still delivering; a stalled one has lost what is missing.
    private static readonly TimeSpan StallLimit = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(5);
    private static int nextWindowId;

    public static async Task<IReadOnlyList<FanOutWindow>> MeasureAsync(IFanOutTarget target, int receiverCount, BenchOptions options,
        Action<string> fail, CancellationToken cancellationToken)
    {
        var receivers = Enumerable.Range(0, receiverCount).Select(i => new FanOutReceiver(i)).ToList();
        await target.ConnectAsync(receivers, cancellationToken);
        await WarmUpAsync(target, receivers, cancellationToken);
        var windows = new List<FanOutWindow>();
        for (var repeat = 0; repeat < options.FanOutRepeats; repeat++)
        {
            var messages = Math.Max(1, (int)Math.Round(options.FanOutRate * options.FanOutWindow.TotalSeconds));
            var window = new FanOutWindow(Interlocked.Increment(ref nextWindowId), receiverCount, messages);
            receivers.ForEach(r => r.Window = window);
            var failedSends = await SendScheduleAsync(target, window, options.FanOutRate, cancellationToken);
            await DrainAsync(window, cancellationToken);
            receivers.ForEach(r => r.Window = null);
            if (failedSends > 0)
            {
                fail($"{target.Name}: {failedSends} sends failed");
            }

            windows.Add(window);
        }

        return windows;
    }

    // Streams that opened just as a message committed may start after it, so warm-up messages
    // repeat until every receiver has had one: from then on all of them are live. A slow server
    // may still be working through the repeats, so measuring starts once they stop arriving.
    private static async Task WarmUpAsync(IFanOutTarget target, List<FanOutReceiver> receivers, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (receivers.Any(r => !r.IsWarm))
        {
            if (clock.Elapsed > WarmUpLimit)
            {
                throw new TimeoutException($"{target.Name}: {receivers.Count(r => !r.IsWarm)} receivers got no live message within {WarmUpLimit}.");
            }

            await target.SendAsync(FanOutReceiver.WarmUpText, cancellationToken);
            await Task.Delay(WarmUpEvery, cancellationToken);
        }

        var arrived = -1L;
        while (clock.Elapsed < WarmUpLimit * 2)
        {
            var now = receivers.Sum(r => (long)r.WarmUps);
            if (now == arrived)
            {
                break;
            }

            arrived = now;
            await Task.Delay(WarmUpEvery * 2, cancellationToken);
        }
    }

    // Waits until every delivery arrived, or none has arrived for a while (what is missing then
    // counts as lost), or the hard limit passed.
    private static async Task DrainAsync(FanOutWindow window, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var lost = window.Lost;
        var lastProgress = clock.Elapsed;
        while (!window.Complete.IsCompleted && clock.Elapsed - lastProgress < StallLimit && clock.Elapsed < DrainLimit)
        {
            await Task.WhenAny(window.Complete, Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken));
            if (window.Lost != lost)
            {
                lost = window.Lost;
                lastProgress = clock.Elapsed;
            }
        }
    }

    private static async Task<int> SendScheduleAsync(IFanOutTarget target, FanOutWindow window, double rate, CancellationToken cancellationToken)
    {
        var start = Stopwatch.GetTimestamp();
        var sends = new List<Task<bool>>(window.Messages);
        for (var sequence = 0; sequence < window.Messages; sequence++)
        {
            var due = TimeSpan.FromSeconds(sequence / rate) - Stopwatch.GetElapsedTime(start);
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due, cancellationToken);
            }

            window.MarkSent(sequence);
            sends.Add(target.SendAsync(FanOutReceiver.MessageText(window.Id, sequence), cancellationToken));
        }

        var results = await Task.WhenAll(sends);
        return results.Count(ok => !ok);
    }
}
