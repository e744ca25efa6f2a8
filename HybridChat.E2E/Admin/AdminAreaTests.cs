using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Admin;

public class AdminAreaTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task An_admin_finds_someone_and_locks_them_out_of_the_page_they_have_open()
    {
        var userName = Names.Unique("mallory");
        var (_, theirPage) = await AnotherPersonAsync();
        await theirPage.RegisterAsync(userName, "Mallory");
        await theirPage.GotoAsync("/conversations");
        await Page.RegisterAsync(ChatApp.AdminName, "The admin");

        await Page.GetByRole(AriaRole.Link, new() { Name = "Admin" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Admin", Level = 1 })).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await Page.GetByLabel("Find by user name, display name or email").FillAsync(userName);
        var card = Page.Locator("article.admin-account", new() { HasText = userName });
        await Expect(Page.Locator("article.admin-account")).ToHaveCountAsync(1);
        await card.GetByRole(AriaRole.Button, new() { Name = $"Lock {userName}" }).ClickAsync();

        await Expect(card.Locator(".admin-flags")).ToContainTextAsync("Locked");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = $"Unlock {userName}" })).ToBeVisibleAsync();
        await Expect(theirPage.GetByText("You were signed out.")).ToBeVisibleAsync();
        await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("admin-users.png"), FullPage = true });

        await Page.GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await Expect(Page.Locator(".audit-entry").First).ToContainTextAsync($"{ChatApp.AdminName} locked {userName}");
    }
}
