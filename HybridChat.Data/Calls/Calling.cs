using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Data.Relationships;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Calls;

// The rules of a one-to-one call: friends ring each other in their direct chat; a person is in one
// call at a time; only the callee answers or declines; either side hangs up; an unanswered call
// stops ringing after a while. Every ending writes its record into the chat through the normal send
// path, once. Each step runs under the writers' lock, so two tabs answering at once cannot both win.
public class Calling(ChatDbContext db, MessageSender sender, TimeProvider clock)
{
    public async Task<CallResult> StartAsync(int callerId, int conversationId, CallKind kind, TimeSpan ringFor)
    {
        var members = await db.Memberships.Where(m => m.ConversationId == conversationId)
            .Select(m => new { m.UserId, m.Conversation.Kind }).ToListAsync();
        if (!members.Any(m => m.UserId == callerId))
        {
            return CallResult.Refused(CallProblem.NotFound);
        }

        if (members[0].Kind != ConversationKind.Direct)
        {
            return CallResult.Refused(CallProblem.NotADirectChat);
        }

        var calleeId = members.Select(m => m.UserId).FirstOrDefault(id => id != callerId);
        if (calleeId == 0 || !await db.AreFriendsAsync(callerId, calleeId) || await db.BlockedEitherWayAsync(callerId, calleeId))
        {
            return CallResult.Refused(CallProblem.NotAllowed);
        }

        var dropped = new List<ChatCall>();
        var result = await db.InTransactionAsync(async () =>
        {
            await db.SerializeWritersAsync();
            var now = clock.GetUtcNow().UtcDateTime;
            var open = await db.Calls.Include(c => c.Caller).Include(c => c.Callee).Where(c => c.State != CallState.Ended
                && (c.CallerId == callerId || c.CalleeId == callerId || c.CallerId == calleeId || c.CalleeId == calleeId)).ToListAsync();
            foreach (var call in open)
            {
                var end = await StaleEndAsync(call, now, ringFor);
                if (end is null)
                {
                    return CallResult.Refused(CallProblem.Busy);
                }

                End(call, end.Value, now);
                dropped.Add(call);
            }

            var people = await db.Users.Where(u => u.Id == callerId || u.Id == calleeId).ToDictionaryAsync(u => u.Id);
            var started = new ChatCall
            {
                ConversationId = conversationId, Caller = people[callerId], Callee = people[calleeId], Kind = kind, State = CallState.Ringing, CreatedAt = now,
            };
            db.Calls.Add(started);
            await db.SaveChangesAsync();
            return new CallResult(started, null);
        });

        var ended = new List<CallResult>();
        foreach (var call in dropped)
        {
            ended.Add(new CallResult(call, null, await RecordAsync(call)));
        }

        return result with { Dropped = ended };
    }

    public Task<CallResult> AcceptAsync(long callId, int userId) =>
        StepAsync(callId, userId, calleeOnly: true, call => call.State == CallState.Ringing, (call, now) =>
        {
            call.State = CallState.Active;
            call.AnsweredAt = now;
        });

    public Task<CallResult> DeclineAsync(long callId, int userId) =>
        StepAsync(callId, userId, calleeOnly: true, call => call.State == CallState.Ringing, (call, now) => End(call, CallEnd.Declined, now));

    public Task<CallResult> HangUpAsync(long callId, int userId) =>
        StepAsync(callId, userId, calleeOnly: false, call => call.State != CallState.Ended, (call, now) => End(call, CallEnd.HungUp, now));

    // The ring timer's turn: a call still ringing becomes a missed call; anything else is left alone.
    public async Task<CallResult> TimeOutAsync(long callId)
    {
        var call = await db.Calls.AsNoTracking().SingleOrDefaultAsync(c => c.Id == callId);
        return call is null ? CallResult.Refused(CallProblem.NotFound)
            : await StepAsync(callId, call.CalleeId, calleeOnly: false, c => c.State == CallState.Ringing, (c, now) => End(c, CallEnd.NoAnswer, now));
    }

    // A call as one of its two people sees it; to anyone else it does not exist.
    public async Task<ChatCall?> FindAsync(long callId, int userId)
    {
        var call = await db.Calls.AsNoTracking().Include(c => c.Caller).Include(c => c.Callee).SingleOrDefaultAsync(c => c.Id == callId);
        return call is not null && call.Involves(userId) ? call : null;
    }

    private async Task<CallResult> StepAsync(long callId, int userId, bool calleeOnly, Func<ChatCall, bool> allowed, Action<ChatCall, DateTime> step)
    {
        var result = await db.InTransactionAsync(async () =>
        {
            await db.SerializeWritersAsync();
            var call = await db.Calls.Include(c => c.Caller).Include(c => c.Callee).SingleOrDefaultAsync(c => c.Id == callId);
            if (call is null || !call.Involves(userId))
            {
                return CallResult.Refused(CallProblem.NotFound);
            }

            if (calleeOnly && call.CalleeId != userId)
            {
                return CallResult.Refused(CallProblem.NotCallee);
            }

            if (!allowed(call))
            {
                return CallResult.Refused(CallProblem.Over);
            }

            step(call, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();
            return new CallResult(call, null);
        });

        if (result.Call is not { State: CallState.Ended } ended)
        {
            return result;
        }

        return result with { Record = await RecordAsync(ended) };
    }

    // An open call found while starting another: one that rang out unanswered, or that was answered
    // but has nobody online on one side any more (a closed browser never hangs up), is over.
    private async Task<CallEnd?> StaleEndAsync(ChatCall call, DateTime now, TimeSpan ringFor)
    {
        if (call.State == CallState.Ringing)
        {
            return call.CreatedAt + ringFor < now ? CallEnd.NoAnswer : null;
        }

        var bothOnline = await db.Users.CountAsync(u => (u.Id == call.CallerId || u.Id == call.CalleeId) && u.OnlineUntil > now) == 2;
        return bothOnline ? null : CallEnd.Dropped;
    }

    private static void End(ChatCall call, CallEnd end, DateTime now)
    {
        call.State = CallState.Ended;
        call.EndedBy = end;
        call.EndedAt = now;
    }

    private async Task<MessagePosting?> RecordAsync(ChatCall call)
    {
        var posting = await sender.SendAsync(new SendMessage(call.ConversationId, call.CallerId, CallRecords.ClientMessageIdOf(call), CallRecords.TextOf(call))
        {
            CallId = call.Id,
        });
        return posting.Succeeded ? posting : null;
    }
}
