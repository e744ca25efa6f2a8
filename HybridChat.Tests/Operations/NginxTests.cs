using System.Diagnostics;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Operations;

public class NginxTests
{
    [Fact]
    public async Task Through_nginx_a_live_event_arrives_at_once_and_the_stream_stays_open()
    {
        await using var app = new ChatApp();
        var appAddress = app.StartKestrel();
        var (ana, ben, chatId) = await app.TwoFriendsInAChatAsync();
        await using var nginx = await NginxProxy.StartAsync(appAddress);
        using var throughNginx = new HttpClient { BaseAddress = nginx.Address };
        await using var stream = await EventStreamClient.OpenAsync(throughNginx, ben.AccessToken!);

        var sent = Stopwatch.StartNew();
        await ana.SendAsync(chatId, "through the proxy");
        var received = await stream.NextAsync("message.created");

        Assert.Equal("through the proxy", received.Data["text"]?.GetValue<string>());
        Assert.True(sent.Elapsed < TimeSpan.FromSeconds(3), $"The event took {sent.Elapsed} through nginx.");
        Assert.False(stream.Ended.IsCompleted);
        ana.Dispose();
        ben.Dispose();
    }
}
