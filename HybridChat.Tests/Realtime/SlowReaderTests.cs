using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Transport.Sockets;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Realtime;

public class SlowReaderTests
{
    [Fact]
    public async Task A_reader_that_cannot_keep_up_is_cut_off_and_recovers_everything_on_reconnect()
    {
        await using var app = new ChatApp();
        app.Settings["RateLimits:MessagesPerTenSeconds"] = "100000";
        app.Settings["Realtime:StreamQueueCapacity"] = "4";
        // Tiny socket and response buffers, so a client that stops reading stalls the server's
        // writes within a few events instead of after megabytes.
        app.ConfigureHost = host => host
            .ConfigureKestrel(kestrel => kestrel.Limits.MaxResponseBufferSize = 1024)
            .ConfigureServices(services => services.Configure<SocketTransportOptions>(sockets => sockets.CreateBoundListenSocket = endpoint =>
            {
                var socket = SocketTransportOptions.CreateDefaultBoundListenSocket(endpoint);
                socket.SendBufferSize = 4096;
                return socket;
            }));
        app.StartKestrel();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var stalledClient = new HttpClient(new SocketsHttpHandler
        {
            ConnectCallback = async (context, token) =>
            {
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { ReceiveBufferSize = 4096 };
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
        }) { BaseAddress = ben.Client.BaseAddress };
        using var stalled = await StalledEventStreamClient.OpenAsync(stalledClient, ben.AccessToken!);

        var sent = new List<string>();
        var text = new string('x', 3000);
        for (var i = 0; i < 150; i++)
        {
            sent.Add((await ana.SendAsync(chat, $"{i} {text}"))["clientMessageId"]!.GetValue<string>());
            using (await ana.PostAsync($"conversations/{chat}/typing", new { }))
            {
            }
        }

        Assert.True(await stalled.ReadToEndAsync(), "The server should end a stream whose reader fell behind.");
        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, lastEventId: "0");
        var recovered = await resumed.NextMessagesAsync(sent.Count);
        Assert.Equal(sent, recovered.Select(e => e.Data["clientMessageId"]!.GetValue<string>()));
    }
}
