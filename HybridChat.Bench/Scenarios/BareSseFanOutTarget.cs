using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.Scenarios;

// The bare SSE baseline: streams on /sse, the sender posts to /broadcast.
internal sealed class BareSseFanOutTarget(BenchContext context) : IFanOutTarget
{
    private readonly SseFleet fleet = new(context.NewBaselineClient());
    private readonly HttpClient sender = context.NewBaselineClient();

    public string Name => "bare SSE";

    public int Reconnects => fleet.Reconnects;

    public Task ConnectAsync(IReadOnlyList<FanOutReceiver> receivers, CancellationToken cancellationToken) =>
        fleet.OpenAsync(receivers.Count, BaselineServer.SsePath, _ => null,
            i => item => receivers[i].OnMessage(item.Data, SseSubscription.IdOf(item)), cancellationToken);

    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        using var content = new StringContent(text);
        using var response = await sender.PostAsync(BaselineServer.BroadcastPath, content, cancellationToken);
        return response.IsSuccessStatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await fleet.DisposeAsync();
        sender.Dispose();
    }
}
