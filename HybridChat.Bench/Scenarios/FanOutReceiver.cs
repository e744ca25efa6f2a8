using System.Diagnostics;
using System.Globalization;

namespace HybridChat.Bench.Scenarios;

// One member's stream in a fan-out run. Every event it gets is checked: the server's order key
// (SSE id or hub sequence) must only grow, and each measured message must arrive once.
internal sealed class FanOutReceiver(int index)
{
    public const string WarmUpText = "warm-up";
    private long lastOrderKey = long.MinValue;
    private volatile FanOutWindow? window;
    private int warmUps;

    public bool IsWarm => WarmUps > 0;

    public int WarmUps => Volatile.Read(ref warmUps);

    public FanOutWindow? Window
    {
        set => window = value;
    }

    public static string MessageText(int windowId, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"fan-out {windowId} {sequence}");

    // Called by one stream at a time, so this receiver's state needs no lock.
    public void OnMessage(string text, long orderKey)
    {
        var receivedAt = Stopwatch.GetTimestamp();
        var current = window;
        if (orderKey <= lastOrderKey)
        {
            current?.Reordered();
        }

        lastOrderKey = orderKey;
        if (text == WarmUpText)
        {
            Interlocked.Increment(ref warmUps);
            return;
        }

        var parts = text.Split(' ');
        var windowId = int.Parse(parts[1], CultureInfo.InvariantCulture);
        var sequence = int.Parse(parts[2], CultureInfo.InvariantCulture);
        if (current is not null && current.Id == windowId)
        {
            current.Record(index, sequence, receivedAt);
        }
    }
}
