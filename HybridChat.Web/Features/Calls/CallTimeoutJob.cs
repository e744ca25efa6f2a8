namespace HybridChat.Web.Features.Calls;

// Scheduled when a call starts: if nobody answered by then, it becomes a missed call.
public class CallTimeoutJob(CallEvents calls)
{
    public Task RunAsync(long callId) => calls.TimeOutAsync(callId);
}
