using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;

namespace HybridChat.Bench.Scenarios;

// The SignalR baseline: every receiver is a hub connection over WebSockets; one more connection sends.
internal sealed class SignalRFanOutTarget(BenchContext context) : IFanOutTarget
{
    private const int OpeningAtOnce = 64;
    private readonly List<HubConnection> connections = [];
    private HubConnection? sender;
    private int closed;

    public string Name => "SignalR";

    public int Reconnects => Volatile.Read(ref closed);

    public async Task ConnectAsync(IReadOnlyList<FanOutReceiver> receivers, CancellationToken cancellationToken)
    {
        sender = Connect();
        await sender.StartAsync(cancellationToken);
        var opening = receivers.Select(receiver =>
        {
            var connection = Connect();
            connection.On<long, string>(BroadcastHub.MessageMethod, (id, text) => receiver.OnMessage(text, id));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref closed);
                return Task.CompletedTask;
            };
            return connection;
        }).ToList();
        connections.AddRange(opening);
        await Throttled.ForEachAsync(opening, OpeningAtOnce, async (connection, token) => await connection.StartAsync(token), cancellationToken);
    }

    public async Task<bool> SendAsync(string text, CancellationToken cancellationToken)
    {
        await sender!.InvokeAsync(nameof(BroadcastHub.Broadcast), text, cancellationToken);
        return true;
    }

    public async ValueTask DisposeAsync()
    {
        var all = sender is null ? connections : [sender, .. connections];
        await Throttled.ForEachAsync(all, OpeningAtOnce, async (connection, _) => await connection.DisposeAsync(), CancellationToken.None);
    }

    private HubConnection Connect() => new HubConnectionBuilder()
        .WithUrl(new Uri(context.Baseline.BaseAddress, BaselineServer.HubPath), HttpTransportType.WebSockets, options => options.SkipNegotiation = true)
        .Build();
}
