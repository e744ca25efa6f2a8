using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class UnreadDividerTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Opening_a_chat_with_unread_messages_puts_a_New_divider_before_the_first_unread()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "read already");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        await browser.GetPageAsync($"/conversations/{chat}");
        var firstUnread = await ana.SendAsync(chat, "new one");
        await ana.SendAsync(chat, "another new one");

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        var divider = page.QuerySelector($"#conversation-{chat}-messages .unread-divider[role=separator]")!;
        Assert.Equal("New", divider.TextContent.Trim());
        Assert.Equal($"message-{firstUnread["id"]}", divider.NextElementSibling!.Id);
        Assert.Null((await browser.GetPageAsync($"/conversations/{chat}")).QuerySelector(".unread-divider"));
    }

    [Fact]
    public async Task The_first_unread_is_on_the_page_even_when_it_is_older_than_a_usual_page()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var firstUnread = await ana.SendAsync(chat, "unread 0");
        for (var i = 1; i < 70; i++)
        {
            await ana.SendAsync(chat, $"unread {i}");
        }

        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");

        Assert.Equal($"message-{firstUnread["id"]}", page.QuerySelector(".unread-divider")!.NextElementSibling!.Id);
    }
}
