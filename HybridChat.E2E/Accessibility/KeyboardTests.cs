using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// Someone who uses only the keyboard: Tab, Enter, the skip link, Alt+Down and the shortcuts help.
public class KeyboardTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_keyboard_user_signs_in_sends_a_message_moves_to_the_next_chat_and_opens_and_closes_the_help()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var carl = await arrange.RegisterAsync("carl", "Carl");
        var group = await arrange.GroupAsync(ana, "Knitting circle", carl);
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        // The newest conversation comes first in the list: the chat with Ben, then the group.
        await arrange.SendMessageAsync(ben, chat, "Ping");
        var keyboard = Page.Keyboard;

        // The sign-in form starts in its first field.
        await Page.GotoAsync("/Identity/Account/Login");
        await Expect(Page.GetByLabel("User name or email")).ToBeFocusedAsync();
        await keyboard.TypeAsync(ana);
        await TabToAsync(Page.GetByLabel("Password", new() { Exact = true }));
        await keyboard.TypeAsync(AccountPages.Password);
        await keyboard.PressAsync("Enter");
        await Expect(Page.Greeting("Ana")).ToBeVisibleAsync();

        // Tab's first stop on a page is the skip link.
        await keyboard.PressAsync("Tab");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" })).ToBeFocusedAsync();
        await TabToAsync(Page.GetByRole(AriaRole.Link, new() { Name = "Chats", Exact = true }));
        await keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync("**/conversations");
        await TabToAsync(Page.Locator($"#conversation-item-{chat} a"));
        await keyboard.PressAsync("Enter");
        await Page.WaitForURLAsync($"**/conversations/{chat}");

        // A chat page starts in the message box; from anywhere above it, the skip link leads back.
        await Expect(Page.Composer()).ToBeFocusedAsync();
        var skipLink = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to message box" });
        await TabToAsync(skipLink, backwards: true);
        await keyboard.PressAsync("Enter");
        await Expect(Page.Composer()).ToBeFocusedAsync();
        await keyboard.TypeAsync("Typed without a mouse");
        await keyboard.PressAsync("Shift+Enter");
        await keyboard.TypeAsync("on two lines");
        await keyboard.PressAsync("Enter");
        await Expect(Page.Messages(chat)).ToContainTextAsync("Typed without a mouse");
        await Expect(Page.Composer()).ToHaveValueAsync("");

        await keyboard.PressAsync("Alt+ArrowDown");
        await Page.WaitForURLAsync($"**/conversations/{group}");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Knitting circle", Level = 1 })).ToBeVisibleAsync();
        await keyboard.PressAsync("Alt+ArrowUp");
        await Page.WaitForURLAsync($"**/conversations/{chat}");

        // "?" outside a text field opens the help; Escape closes it and focus goes back.
        await TabToAsync(skipLink, backwards: true);
        await keyboard.PressAsync("?");
        var help = Page.GetByRole(AriaRole.Dialog, new() { Name = "Keyboard shortcuts" });
        await Expect(help).ToBeVisibleAsync();
        await Expect(help).ToContainTextAsync("Shift + Enter");
        await Expect(help).ToContainTextAsync("Alt + ↓");
        await keyboard.PressAsync("Escape");
        await Expect(help).ToBeHiddenAsync();
        await Expect(skipLink).ToBeFocusedAsync();

        // In the message box "?" is just a character.
        await keyboard.PressAsync("Enter");
        await keyboard.PressAsync("?");
        await Expect(help).ToBeHiddenAsync();
        await Expect(Page.Composer()).ToHaveValueAsync("?");
    }

    private async Task TabToAsync(ILocator target, bool backwards = false, int most = 60)
    {
        for (var presses = 0; presses < most; presses++)
        {
            await Page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                var visible = await target.EvaluateAsync<string>("element => getComputedStyle(element).outlineStyle");
                Assert.NotEqual("none", visible);
                return;
            }
        }

        Assert.Fail($"{most} presses of Tab did not reach {target}.");
    }
}
