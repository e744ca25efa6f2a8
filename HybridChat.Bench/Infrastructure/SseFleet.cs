using System.Net.ServerSentEvents;

namespace HybridChat.Bench.Infrastructure;

// Many client streams to one server over one connection pool, opened a bounded number at a time.
internal sealed class SseFleet(HttpClient http) : IAsyncDisposable
{
    private const int OpeningAtOnce = 64;
    private readonly CancellationTokenSource stop = new();
    private readonly List<SseSubscription> subscriptions = [];

    public int Count => subscriptions.Count;

    public int Open => subscriptions.Count(s => s.IsOpen);

    public int Reconnects => subscriptions.Sum(s => s.Reconnects);

    public int NeverDropped => subscriptions.Count(s => s.IsOpen && s.Reconnects == 0);

    public async Task OpenAsync(int count, string path, Func<int, string?> bearerToken, Func<int, Action<SseItem<string>>> onEvent,
        CancellationToken cancellationToken, int openingAtOnce = OpeningAtOnce)
    {
        var opening = Enumerable.Range(0, count).Select(i => new SseSubscription(http, path, bearerToken(i), onEvent(i))).ToList();
        subscriptions.AddRange(opening);
        await Throttled.ForEachAsync(opening, openingAtOnce, async (subscription, _) =>
        {
            subscription.Start(stop.Token);
            await subscription.Opened;
        }, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(subscriptions.Select(s => s.Stopped));
        stop.Dispose();
        http.Dispose();
    }
}
