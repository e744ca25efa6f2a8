using Microsoft.AspNetCore.SignalR;

namespace HybridChat.Bench.Baselines;

// The peer baseline: a hub that relays each message to every other connection, numbered in the
// order the hub handled them (one sender, whose invocations SignalR runs one at a time).
internal sealed class BroadcastHub : Hub
{
    public const string MessageMethod = "message";
    private static long lastId;

    public Task Broadcast(string text) => Clients.Others.SendAsync(MessageMethod, Interlocked.Increment(ref lastId), text);
}
