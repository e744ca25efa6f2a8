using System.Diagnostics;

namespace HybridChat.Bench.Infrastructure;

internal readonly record struct LoadResult(long Succeeded, long Failed, TimeSpan Elapsed)
{
    public double PerSecond => Succeeded / Elapsed.TotalSeconds;
}

// Closed-loop load: each worker repeats its operation back to back until the window ends.
internal static class LoadLoop
{
    public static async Task<LoadResult> RunAsync(int workers, TimeSpan window, Func<int, CancellationToken, Task<bool>> operation,
        CancellationToken cancellationToken)
    {
        long succeeded = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            while (clock.Elapsed < window)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (await operation(worker, cancellationToken))
                {
                    Interlocked.Increment(ref succeeded);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }, cancellationToken)));
        return new LoadResult(succeeded, failed, clock.Elapsed);
    }
}
