namespace HybridChat.Bench.Scenarios;

// A system that broadcasts one sender's messages to many open connections.
internal interface IFanOutTarget : IAsyncDisposable
{
    string Name { get; }

    // Times a connection was lost and opened again.
    int Reconnects { get; }

    Task ConnectAsync(IReadOnlyList<FanOutReceiver> receivers, CancellationToken cancellationToken);

    Task<bool> SendAsync(string text, CancellationToken cancellationToken);
}
