using System.Text.Json;
using HybridChat.Bench.App;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.Scenarios;

// HybridChat: members hold GET /api/v1/events open; the owner posts through the messages API.
internal sealed class AppFanOutTarget(BenchContext context, int conversationId, IReadOnlyList<BenchUser> members) : IFanOutTarget
{
    private const string MessageCreated = "message.created";
    private readonly SseFleet fleet = new(context.NewAppClient());
    private readonly string senderToken = context.Tokens.For(members[0]);

    public string Name => "HybridChat";

    public int Reconnects => fleet.Reconnects;

    public Task ConnectAsync(IReadOnlyList<FanOutReceiver> receivers, CancellationToken cancellationToken) =>
        fleet.OpenAsync(receivers.Count, "/api/v1/events", i => context.Tokens.For(members[i]), i => item =>
        {
            if (item.EventType == MessageCreated)
            {
                var text = JsonDocument.Parse(item.Data).RootElement.GetProperty("text").GetString()!;
                receivers[i].OnMessage(text, SseSubscription.IdOf(item));
            }
        }, cancellationToken);

    public Task<bool> SendAsync(string text, CancellationToken cancellationToken) =>
        context.Api.SendAsync(senderToken, conversationId, text, cancellationToken);

    public ValueTask DisposeAsync() => fleet.DisposeAsync();
}
