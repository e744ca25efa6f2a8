using System.Globalization;
using HybridChat.Data;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Search;

public class SearchRankingTests(ChatApp app) : IClassFixture<ChatApp>
{
    private const int MessageCount = 10_000;

    [Fact]
    public async Task Over_ten_thousand_messages_the_best_match_ranks_first_and_paging_returns_every_hit_once_in_order()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        // Written straight to the database for speed; the index follows through the database's own triggers or column.
        var texts = Enumerable.Range(0, MessageCount).Select(i => i switch
        {
            1234 => "zebra zebra zebra",
            5678 => "zebra zebra",
            _ when i % 33 == 0 => string.Create(CultureInfo.InvariantCulture, $"note {i} about the zebra crossing"),
            _ => string.Create(CultureInfo.InvariantCulture, $"note {i} about the weather today"),
        }).ToList();
        var ids = await SeedAsync(chat, anaId, texts);
        var ordinary = ids.Where((_, i) => i % 33 == 0 && i is not (1234 or 5678)).OrderDescending();

        var found = new List<long>();
        string? cursor = null;
        do
        {
            var page = await ben.SearchAsync("zebra", $"&limit=50{(cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor))}");
            found.AddRange(page.HitIds());
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal([ids[1234], ids[5678], .. ordinary], found);
    }

    private async Task<List<long>> SeedAsync(int conversationId, int senderId, List<string> texts)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        var start = DateTime.UtcNow.AddDays(-30);
        var messages = texts.Select((text, i) => new Message
        {
            ConversationId = conversationId,
            SenderId = senderId,
            ClientMessageId = $"seed-{i}",
            Text = text,
            CreatedAt = start.AddSeconds(i),
        }).ToList();
        db.Messages.AddRange(messages);
        await db.SaveChangesAsync();
        return [.. messages.Select(m => m.Id)];
    }
}
