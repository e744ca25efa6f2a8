using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// Access tokens of six seconds here (they are 15 minutes by default), so streams outlive them.
public sealed class ShortTokenApp : IAsyncLifetime
{
    public ChatApp App { get; } = new();

    public ValueTask InitializeAsync()
    {
        App.Settings["Auth:AccessTokenMinutes"] = "0.1";
        App.Settings["Realtime:HeartbeatSeconds"] = "1";
        App.StartKestrel();
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

public class TokenExpiryStreamTests(ShortTokenApp fixture) : IClassFixture<ShortTokenApp>
{
    [Fact]
    public async Task A_stream_ends_with_session_expired_when_its_token_expires_and_resumes_after_a_refresh_with_nothing_lost_or_repeated()
    {
        var (ana, ben, chat) = await fixture.App.TwoFriendsInAChatAsync();
        await ben.RefreshAsync();
        var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, await SessionStreamTests.StreamPositionAsync(ben, chat));
        var sent = new List<string>();
        var received = new List<string>();
        ReceivedEvent next;
        do
        {
            var text = $"message {sent.Count}";
            sent.Add(text);
            await ana.SendAsync(chat, text);
            next = await stream.NextAsync();
            while (next.Type.StartsWith("message.", StringComparison.Ordinal))
            {
                received.Add(next.Data["text"]!.GetValue<string>());
                next = await stream.NextAsync();
            }
        }
        while (next.Type != "session.expired");

        Assert.Equal("token-expired", next.Data["reason"]!.GetValue<string>());
        await stream.Ended.WaitAsync(TimeSpan.FromSeconds(15));
        var resumeFrom = stream.LastEventId;
        await stream.DisposeAsync();
        await ana.RefreshAsync();
        sent.Add("while away");
        await ana.SendAsync(chat, "while away");

        await ben.RefreshAsync();
        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        received.AddRange(await SessionStreamTests.TextsAsync(resumed, sent.Count - received.Count));

        Assert.Equal(sent, received);
    }
}
