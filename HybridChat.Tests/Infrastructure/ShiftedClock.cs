namespace HybridChat.Tests.Infrastructure;

// The app's clock, moved forward on demand: "now" is the real time plus Shift. Timers keep real
// time, so streams, leases and job polling go on as usual while a test skips a day.
public sealed class ShiftedClock : TimeProvider
{
    public TimeSpan Shift { get; set; }

    public override DateTimeOffset GetUtcNow() => base.GetUtcNow() + Shift;
}
