using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accounts;

public class SigningUpTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task A_new_user_registers_logs_out_and_logs_in_again_with_the_user_name()
    {
        var userName = Names.Unique("ada");

        await Page.RegisterAsync(userName, "Ada Lovelace");
        await Expect(Page.Greeting("Ada Lovelace")).ToBeVisibleAsync();
        await Expect(Page.Locator("#profile-card")).ToContainTextAsync($"@{userName}");
        await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("home.png"), FullPage = true });

        await Page.LogOutAsync();

        await Page.SignInAsync(userName);
        await Expect(Page.Greeting("Ada Lovelace")).ToBeVisibleAsync();
    }
}
