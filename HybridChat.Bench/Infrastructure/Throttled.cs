namespace HybridChat.Bench.Infrastructure;

internal static class Throttled
{
    // Runs the work for every item with at most `parallel` in flight: thousands of streams open fast
    // without a connect storm the client itself cannot serve.
    public static Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, CancellationToken, ValueTask> work,
        CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel, CancellationToken = cancellationToken }, work);
}
