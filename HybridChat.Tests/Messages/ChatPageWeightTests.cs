using System.IO.Compression;
using System.Text;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

// Issue 13: the chat page carries its messages, not a copy of every control per message (it was
// 142 KiB with a reaction picker in every message; one shared picker and a compact menu of actions
// brought it to about 77 KiB).
public class ChatPageWeightTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_chat_page_with_fifty_messages_stays_under_80_KiB_of_html()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 50; i++)
        {
            await (i % 3 == 0 ? ben : ana).SendAsync(chat, $"Message number {i}: shall we meet at the station at half past six?");
        }

        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        using var response = await browser.Client.GetAsync($"/conversations/{chat}");
        var html = await response.Content.ReadAsStringAsync();

        var page = await WebSession.ParseAsync(response);
        var bytes = Encoding.UTF8.GetByteCount(html);
        using var zipped = new MemoryStream();
        using (var gzip = new GZipStream(zipped, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(html));
        }

        Assert.Equal(50, page.QuerySelectorAll($"#conversation-{chat}-messages .message").Length);
        Assert.True(bytes < Limit, $"The chat page with 50 messages is {bytes} bytes ({zipped.Length} gzipped), over {Limit}.");
    }

    private const int Limit = 80 * 1024;
}
