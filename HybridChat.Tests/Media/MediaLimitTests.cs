using System.Net;
using HybridChat.Jobs.Media;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Media;

public class MediaLimitTests
{
    [Fact]
    public async Task An_oversized_upload_is_refused_before_it_is_read_whole()
    {
        // In memory: over a socket the server may close the connection before the client reads the answer.
        await using var app = new ChatApp { Settings = { ["Media:MaxFileBytes"] = "1048576" } };
        using var ana = app.NewApiSession();
        await ana.SignUpAsync("ana");
        var body = new EndlessFile(64 * 1024 * 1024);
        using var form = new MultipartFormDataContent { { new StreamContent(body), "file", "huge.bin" } };

        using var response = await ana.Client.PostAsync(new Uri("/api/v1/media", UriKind.Relative), form);

        var problem = await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("File too large", problem["title"]!.GetValue<string>());
        Assert.True(body.Produced < body.Length / 2, $"The server read {body.Produced} of {body.Length} bytes.");
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(app.DataDirectory, "media"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_preview_left_pending_by_a_stopped_node_is_made_after_the_restart()
    {
        var first = new ChatApp { KeepDataDirectory = true };
        first.ConfigureHost = host => host.ConfigureTestServices(services => services.AddSingleton<IMediaPreviewScheduler, NeverScheduled>());
        int chat;
        long messageId;
        string userName;
        await using (first)
        {
            var (ana, ben, chatId) = await first.TwoFriendsInAChatAsync();
            using (ana)
            using (ben)
            {
                var upload = await ana.UploadedAsync(TestFiles.Jpeg(), "pending.jpg", "image/jpeg");
                messageId = (await ana.SendFilesAsync(chatId, "", upload["id"]!.GetValue<int>()))["id"]!.GetValue<long>();
                Assert.Equal("pending", (await ana.WhenPreviewSettledAsync(chatId, messageId))["thumbnailState"]!.GetValue<string>());
                (chat, userName) = (chatId, ana.UserName!);
            }
        }

        await using var restarted = new ChatApp { DataDirectory = first.DataDirectory };
        using var again = restarted.NewApiSession();
        await again.SignInAsync(userName);

        var attachment = await again.WhenPreviewSettledAsync(chat, messageId);

        Assert.Equal("ready", attachment["thumbnailState"]!.GetValue<string>());
        using var preview = await again.Client.GetAsync(new Uri(attachment["thumbnailUrl"]!.GetValue<string>(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
    }

    private sealed class NeverScheduled : IMediaPreviewScheduler
    {
        public void Schedule(int mediaId)
        {
        }
    }

    // Zeros without end (well, Length of them), produced only as fast as the server reads them.
    private sealed class EndlessFile(long length) : Stream
    {
        public long Produced { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => Produced; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - Produced);
            Array.Clear(buffer, offset, n);
            Produced += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
