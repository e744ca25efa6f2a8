using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Messages;

public class MentionTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task A_mention_autocompletes_and_shows_highlighted_more_strongly_for_the_person_mentioned()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var cleo = await arrange.RegisterAsync("cleo", "Cleo");
        var benId = await arrange.IdOfAsync(ben);
        var group = await arrange.GroupAsync(ana, "Climbing trip", ben, cleo);
        var (_, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await Page.OpenChatAsync(group);
        await benPage.OpenChatAsync(group);

        var composer = Page.Composer();
        await composer.PressSequentiallyAsync("Rope? @be");
        var suggestions = Page.GetByRole(AriaRole.Listbox, new() { Name = "Members to mention" }).GetByRole(AriaRole.Option);
        await Expect(suggestions).ToHaveCountAsync(1);
        await Expect(suggestions).ToHaveTextAsync($"Ben @{ben}");
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync($"Rope? @{ben} ");
        await composer.PressSequentiallyAsync("do you have it?");
        await composer.PressAsync("Enter");
        await Expect(composer).ToHaveValueAsync("");

        var anasMention = Page.Messages(group).Locator($".mention[data-mention='{benId}']");
        var bensMention = benPage.Messages(group).Locator($".mention[data-mention='{benId}']");
        await Expect(anasMention).ToHaveTextAsync($"@{ben}");
        await Expect(bensMention).ToHaveTextAsync($"@{ben}");
        Assert.NotEqual(await BackgroundOf(anasMention), await BackgroundOf(bensMention));
        await Expect(benPage.Messages(group).Locator(".message").Last).Not.ToHaveCSSAsync("box-shadow", "none");
        await Expect(Page.Messages(group).Locator(".message").Last).ToHaveCSSAsync("box-shadow", "none");
        await benPage.ScreenshotAsync(new() { Path = Artifacts.PathFor("mention.png"), FullPage = true });
    }

    private static Task<string> BackgroundOf(ILocator element) => element.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
}
