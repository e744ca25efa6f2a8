using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Search;

public class SearchTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_search_hit_opens_its_message_in_the_conversation()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var found = await arrange.SendMessageAsync(ana, chat, "The spare key is under the flowerpot");
        for (var i = 0; i < 60; i++)
        {
            await arrange.SendMessageAsync(ana, chat, $"Chatter number {i}");
        }

        await Page.SignInAsync(ben);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Search" }).ClickAsync();
        await Page.GetByRole(AriaRole.Searchbox, new() { Name = "Words" }).FillAsync("flowerp");

        var hit = Page.Locator(".search-hit");
        await Expect(hit.Locator("mark")).ToHaveTextAsync("flowerpot");
        await hit.ClickAsync();

        var message = Page.Locator($"#message-{found}");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/conversations/{chat}\\?around={found}#message-{found}$"));
        await Expect(message).ToContainTextAsync("under the flowerpot");
        await Expect(message).ToBeInViewportAsync();
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Newer messages: go to the latest" })).ToBeVisibleAsync();
    }
}
