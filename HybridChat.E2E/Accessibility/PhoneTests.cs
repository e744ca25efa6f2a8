using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// On a phone (390 x 844) the header is one short line and the links live behind a menu button.
public class PhoneTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task On_a_phone_the_compact_menu_leads_through_the_screens_and_escape_closes_it()
    {
        await Page.SetViewportSizeAsync(390, 844);
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await arrange.SendMessageAsync(ben, chat, "Hello from a desk");
        await Page.SignInAsync(ana);

        var header = await Page.Locator(".site-header").BoundingBoxAsync();
        Assert.True(header!.Height <= 64, $"The header is {header.Height} px tall.");
        var menu = Page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        var chats = Page.GetByRole(AriaRole.Link, new() { Name = "Chats", Exact = true });
        await Expect(chats).ToBeHiddenAsync();
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");

        // The keyboard opens it (focus goes to its first link) and Escape closes it, back on the button.
        await menu.FocusAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(chats).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Escape");
        await Expect(chats).ToBeHiddenAsync();
        await Expect(menu).ToBeFocusedAsync();

        await menu.ClickAsync();
        await chats.ClickAsync();
        await Page.WaitForURLAsync("**/conversations");
        await Page.Locator($"#conversation-item-{chat} a").ClickAsync();
        await Expect(Page.Composer()).ToBeVisibleAsync();
        await Expect(Page.Locator("#conversation-list")).ToBeHiddenAsync();
        await Page.SendAsync("Hello from a phone");
        await Expect(Page.Messages(chat)).ToContainTextAsync("Hello from a phone");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Back to chats" }).ClickAsync();
        await Expect(Page.Locator($"#conversation-item-{chat}")).ToContainTextAsync("Hello from a phone");

        foreach (var (link, heading) in new[] { ("Friends", "Friends"), ("People", "Find people"), ("Rooms", "Rooms"), ("Profile", "Your profile") })
        {
            await menu.ClickAsync();
            await Page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).ClickAsync();
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 }).First).ToContainTextAsync(heading);
            await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
            var width = await Page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{link} is {width} px wide on a 390 px screen.");
        }

        // A click outside closes it too.
        await menu.ClickAsync();
        await Page.Mouse.ClickAsync(195, 830);
        await Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
    }
}
