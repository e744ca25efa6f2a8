using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Messages;

public class ReactionTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task Two_people_react_live_and_see_who_reacted_on_hover_and_focus()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await Page.SendAsync("Dinner at 8?");
        var anasMessage = Page.Messages(chat).Locator(".message").First;
        var bensMessage = benPage.Messages(chat).Locator(".message").First;
        await Expect(bensMessage).ToContainTextAsync("Dinner at 8?");

        await anasMessage.ChooseActionAsync("React");
        await Page.ReactionPicker().GetByRole(AriaRole.Button, new() { Name = "thumbs up", Exact = true }).ClickAsync();

        var bensThumbs = bensMessage.Locator("button.reaction", new() { HasText = "👍" });
        await Expect(bensThumbs.Locator(".reaction-count")).ToHaveTextAsync("1");
        await Expect(bensThumbs).ToHaveAttributeAsync("aria-pressed", "false");
        await bensThumbs.ClickAsync();

        var anasThumbs = anasMessage.Locator("button.reaction", new() { HasText = "👍" });
        await Expect(anasThumbs.Locator(".reaction-count")).ToHaveTextAsync("2");
        await Expect(anasThumbs).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(bensThumbs).ToHaveAttributeAsync("aria-pressed", "true");
        await anasThumbs.HoverAsync();
        await Expect(anasThumbs.Locator(".reaction-names")).ToBeVisibleAsync();
        await Expect(anasThumbs.Locator(".reaction-names")).ToHaveTextAsync("Ana, Ben");
        await bensThumbs.FocusAsync();
        await benPage.Keyboard.PressAsync("Shift+Tab");
        await benPage.Keyboard.PressAsync("Tab");
        await Expect(bensThumbs.Locator(".reaction-names")).ToBeVisibleAsync();

        await bensMessage.ChooseActionAsync("React");
        await benPage.ReactionPicker().GetByRole(AriaRole.Searchbox, new() { Name = "Search emoji" }).FillAsync("party");
        await benPage.ReactionPicker().Locator(".reaction-results button", new() { HasText = "🎉" }).ClickAsync();
        await Expect(anasMessage.Locator("button.reaction", new() { HasText = "🎉" }).Locator(".reaction-count")).ToHaveTextAsync("1");

        await anasThumbs.ClickAsync();
        await Expect(bensThumbs.Locator(".reaction-count")).ToHaveTextAsync("1");
        await Expect(bensThumbs.Locator(".reaction-names")).ToHaveTextAsync("Ben");
        await Expect(bensThumbs).ToHaveAttributeAsync("aria-pressed", "true");
    }
}
