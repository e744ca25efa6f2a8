using System.Text.RegularExpressions;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// The browser's own back, forward and reload keep what was on the screen.
public class HistoryTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task Back_forward_and_reload_keep_the_screen_from_a_deep_link_to_a_conversation()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await arrange.SendMessageAsync(ben, chat, "Deep-linked hello");
        await Page.SignInAsync(ana);

        await Page.GotoAsync($"/conversations/{chat}");
        await ExpectTheChatAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "Chats", Exact = true }).ClickAsync();
        await Page.WaitForURLAsync("**/conversations");
        await ExpectTheListAsync();

        await Page.GoBackAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/conversations/{chat}$"));
        await ExpectTheChatAsync();

        await Page.GoForwardAsync();
        await Expect(Page).ToHaveURLAsync(new Regex("/conversations$"));
        await ExpectTheListAsync();

        await Page.ReloadAsync();
        await ExpectTheListAsync();

        await Page.GoBackAsync();
        await ExpectTheChatAsync();
        await Page.ReloadAsync();
        await ExpectTheChatAsync();
        // Still live after all that: a new message arrives without a reload.
        await arrange.SendMessageAsync(ben, chat, "Still live");
        await Expect(Page.Messages(chat)).ToContainTextAsync("Still live");

        async Task ExpectTheChatAsync()
        {
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Ben", Level = 1 })).ToBeVisibleAsync();
            await Expect(Page.Messages(chat)).ToContainTextAsync("Deep-linked hello");
            await Expect(Page.Composer()).ToBeVisibleAsync();
        }

        async Task ExpectTheListAsync()
        {
            await Expect(Page.Locator($"#conversation-item-{chat}")).ToContainTextAsync("Deep-linked hello");
            await Expect(Page.Composer()).ToHaveCountAsync(0);
        }
    }
}
