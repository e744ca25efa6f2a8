using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class HistoryTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task An_empty_conversation_has_an_empty_page()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();

        var page = await PageAsync(ana, chat, "");

        Assert.Empty(page["items"]!.AsArray());
        Assert.False(page["hasMore"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Exactly_one_page_says_there_is_no_more()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 5; i++)
        {
            await ana.SendAsync(chat, $"m{i}");
        }

        var page = await PageAsync(ana, chat, "?limit=5");

        Assert.Equal(["m0", "m1", "m2", "m3", "m4"], Texts(page));
        Assert.False(page["hasMore"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Walking_back_through_many_pages_returns_every_message_once_oldest_to_newest_within_a_page()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 23; i++)
        {
            await ana.SendAsync(chat, $"m{i:00}");
        }

        var seen = new List<string>();
        var query = "?limit=10";
        while (true)
        {
            var page = await PageAsync(ana, chat, query);
            seen.InsertRange(0, Texts(page));
            if (!page["hasMore"]!.GetValue<bool>())
            {
                break;
            }

            query = $"?limit=10&before={page["items"]![0]!["id"]}";
        }

        Assert.Equal(Enumerable.Range(0, 23).Select(i => $"m{i:00}"), seen);
    }

    [Fact]
    public async Task Messages_sent_while_paging_back_neither_shift_nor_repeat_older_pages()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 6; i++)
        {
            await ana.SendAsync(chat, $"old{i}");
        }

        var newest = await PageAsync(ben, chat, "?limit=3");
        await ana.SendAsync(chat, "new while paging");
        var older = await PageAsync(ben, chat, $"?limit=3&before={newest["items"]![0]!["id"]}");
        var caughtUp = await PageAsync(ben, chat, $"?after={newest["items"]![2]!["id"]}");

        Assert.Equal(["old3", "old4", "old5"], Texts(newest));
        Assert.Equal(["old0", "old1", "old2"], Texts(older));
        Assert.Equal(["new while paging"], Texts(caughtUp));
    }

    [Fact]
    public async Task The_page_size_is_capped_at_100()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 101; i++)
        {
            await ana.SendAsync(chat, $"m{i}");
        }

        var page = await PageAsync(ana, chat, "?limit=1000");

        Assert.Equal(100, page["items"]!.AsArray().Count);
        Assert.True(page["hasMore"]!.GetValue<bool>());
    }

    private static async Task<JsonObject> PageAsync(ApiSession api, int chat, string query) =>
        await (await api.GetAsync($"conversations/{chat}/messages{query}")).ReadJsonAsync();

    private static List<string> Texts(JsonObject page) =>
        page["items"]!.AsArray().Select(m => m!["text"]!.GetValue<string>()).ToList();
}
