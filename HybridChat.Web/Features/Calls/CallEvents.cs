using Hangfire;
using HybridChat.Data.Calls;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Calls;

// Every step of a call, written and then announced to the two people on every device they have
// open: the callee's pages ring, both sides hear the answer and the end, and the signals pass from
// one browser to the other. Nothing of a call is replayed to a stream that reconnects; a page that
// missed the end finds the call over when it next acts on it. The web, the API and the ring timer
// all come through here.
public class CallEvents(Calling calling, IEventBus bus, IMessageChangePublisher messages, IBackgroundJobClient jobs, IOptions<CallsOptions> options)
{
    private CallsOptions Options => options.Value;

    public async Task<CallResult> StartAsync(int callerId, int conversationId, CallKind kind)
    {
        var result = await calling.StartAsync(callerId, conversationId, kind, Options.RingFor);
        foreach (var dropped in result.Dropped)
        {
            await AnnounceAsync(dropped);
        }

        if (result.Call is { } call)
        {
            jobs.Schedule<CallTimeoutJob>(job => job.RunAsync(call.Id), Options.RingFor);
            await bus.PublishToUsersAsync([call.CalleeId], Event(LiveEventTypes.CallRinging, call));
        }

        return result;
    }

    public async Task<CallResult> AcceptAsync(long callId, int userId) => await AnnounceAsync(await calling.AcceptAsync(callId, userId));

    public async Task<CallResult> DeclineAsync(long callId, int userId) => await AnnounceAsync(await calling.DeclineAsync(callId, userId));

    public async Task<CallResult> HangUpAsync(long callId, int userId) => await AnnounceAsync(await calling.HangUpAsync(callId, userId));

    public async Task<CallResult> TimeOutAsync(long callId) => await AnnounceAsync(await calling.TimeOutAsync(callId));

    // Passes a browser's signal to the other side of a call that is not over; false when the sender
    // is not in that call (or it ended), so nothing reaches anyone.
    public async Task<CallProblem?> SignalAsync(long callId, int userId, string type, System.Text.Json.JsonElement data)
    {
        var call = await calling.FindAsync(callId, userId);
        if (call is null)
        {
            return CallProblem.NotFound;
        }

        if (call.State == CallState.Ended)
        {
            return CallProblem.Over;
        }

        var signal = new CallSignalDto(callId, userId, type, data);
        await bus.PublishToUsersAsync([call.OtherThan(userId)], new LiveEvent(LiveEventTypes.CallSignal, signal));
        return null;
    }

    public Task<ChatCall?> FindAsync(long callId, int userId) => calling.FindAsync(callId, userId);

    public CallDto DtoOf(ChatCall call) => CallDto.From(call, Options);

    private async Task<CallResult> AnnounceAsync(CallResult result)
    {
        if (result.Call is not { } call)
        {
            return result;
        }

        var type = call.State == CallState.Ended ? LiveEventTypes.CallEnded : LiveEventTypes.CallAccepted;
        await bus.PublishToUsersAsync([call.CallerId, call.CalleeId], Event(type, call));
        if (result.Record?.Change is { } change)
        {
            await messages.PublishAsync(change);
        }

        return result;
    }

    private LiveEvent Event(string type, ChatCall call) => new(type, DtoOf(call));
}
