using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Calls;

// A call nobody answers stops ringing by itself (a scheduled job), on both sides, as a missed call.
public sealed class CallTimeoutTests : IAsyncLifetime
{
    private readonly ChatApp app = new();

    public ValueTask InitializeAsync()
    {
        app.Settings["Calls:RingSeconds"] = "1";
        app.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task An_unanswered_call_ends_as_missed_for_both_and_the_chat_says_so()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await using var anaStream = await ana.StreamAsync();
        await using var benStream = await ben.StreamAsync();
        var call = await ana.RingAsync(chat, "video");
        await benStream.NextAsync("call.ringing");

        var callerSide = await anaStream.NextOfEachAsync("call.ended", "message.created");
        var calleeSide = await benStream.NextOfEachAsync("call.ended", "message.created");

        Assert.Equal("noAnswer", callerSide["call.ended"]["endedBy"]!.GetValue<string>());
        Assert.Equal(call, calleeSide["call.ended"]["id"]!.GetValue<long>());
        Assert.Equal("Missed video call", calleeSide["message.created"]["text"]!.GetValue<string>());
        using var lateAnswer = await ben.PostAsync($"calls/{call}/accept", new { });
        await lateAnswer.AssertProblemAsync(System.Net.HttpStatusCode.Conflict);
    }
}
