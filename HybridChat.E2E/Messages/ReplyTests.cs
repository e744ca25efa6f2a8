using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Messages;

public class ReplyTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task Ana_replies_to_Ben_who_sees_the_quote_live_and_follows_it_to_the_original()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await benPage.SendAsync("Pizza tonight?");
        for (var i = 0; i < 30; i++)
        {
            await benPage.SendAsync($"filler {i}");
        }

        var original = Page.Messages(chat).Locator(".message", new() { HasText = "Pizza tonight?" });
        await original.ChooseActionAsync("Reply");
        await Expect(Page.Locator(".reply-bar")).ToContainTextAsync("Replying to Ben: Pizza tonight?");
        await Page.SendAsync("Yes, with olives");

        var quote = benPage.Messages(chat).Locator(".message", new() { HasText = "Yes, with olives" }).Locator(".reply-quote");
        await Expect(quote).ToContainTextAsync("Pizza tonight?");
        await Expect(Page.Locator(".reply-bar")).ToBeHiddenAsync();
        var bensOriginal = benPage.Locator(".message:not(:has(.reply-quote))", new() { HasText = "Pizza tonight?" });
        await Expect(bensOriginal).Not.ToBeInViewportAsync();
        await quote.ClickAsync();
        await Expect(bensOriginal).ToBeInViewportAsync();
    }

    [Fact]
    public async Task A_chat_opened_with_unread_messages_starts_at_the_New_divider()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var firstUnread = await arrange.SendMessageAsync(ana, chat, "Are you there?");
        for (var i = 0; i < 40; i++)
        {
            await arrange.SendMessageAsync(ana, chat, $"news {i}");
        }

        await Page.SignInAsync(ben);
        await Page.OpenChatAsync(chat);

        var divider = Page.GetByRole(AriaRole.Separator);
        await Expect(divider).ToHaveTextAsync("New");
        await Expect(divider).ToBeInViewportAsync();
        await Expect(Page.Locator($"#message-{firstUnread}")).ToBeInViewportAsync();
    }
}
