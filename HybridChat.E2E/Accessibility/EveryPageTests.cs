using Deque.AxeCore.Playwright;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accessibility;

// axe-core finds nothing, of any severity, on any page, in the light and the dark theme, on a
// desktop and on a phone; each page is photographed on the way (artifacts/e2e/accessibility/).
public class EveryPageTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Axe_finds_no_violation_on_any_page_on_a_desktop_in_light_and_dark() => CheckEveryPageAsync("desktop", 1280, 900);

    [Fact]
    public Task Axe_finds_no_violation_on_any_page_on_a_phone_in_light_and_dark() => CheckEveryPageAsync("phone", 390, 844);

    private async Task CheckEveryPageAsync(string device, int width, int height)
    {
        await Page.SetViewportSizeAsync(width, height);
        var world = await AccessibleWorld.ArrangeAsync(BaseAddress);
        await LiveApi.AdminAsync(BaseAddress);
        using var arrange = new ApiArrangements(BaseAddress);
        var newcomer = await arrange.RegisterAsync("newcomer", "Nia New");
        var findings = new List<string>();
        var checkedPages = 0;

        async Task CheckAsync(string name, string path)
        {
            await Page.GotoAsync(path);
            await Expect(Page.Locator("main#main")).ToBeVisibleAsync();
            // Parts that load themselves (receipts, pins, member lists) have arrived.
            await Page.WaitForFunctionAsync("() => !document.querySelector('.htmx-request')");
            await Page.WaitForTimeoutAsync(300);
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await Page.EmulateMediaAsync(new() { ColorScheme = scheme });
                var schemeName = scheme == ColorScheme.Dark ? "dark" : "light";
                await Page.ScreenshotAsync(new() { Path = Artifacts.PathFor("accessibility", $"{device}-{schemeName}", $"{name}.png"), FullPage = true });
                var result = await Page.RunAxe();
                findings.AddRange(result.Violations.Select(violation =>
                    $"{device} {schemeName} {name} ({path}): {violation.Id} [{violation.Impact}] {violation.Help}: "
                    + string.Join(" | ", violation.Nodes.Select(node => $"{node.Target} {node.Html}"))));
            }

            checkedPages++;
        }

        await CheckAsync("welcome", "/");
        await CheckAsync("sign-in", "/Identity/Account/Login");
        await CheckAsync("register", "/Identity/Account/Register");
        await CheckAsync("forgot-password", "/Identity/Account/ForgotPassword");
        await CheckAsync("reset-password", "/Identity/Account/ResetPassword?code=YWJjZA");

        await Page.SignInAsync(newcomer);
        await CheckAsync("home-first-run", "/");
        await CheckAsync("conversations-empty", "/conversations");
        await Page.Context.ClearCookiesAsync();

        await Page.SignInAsync(world.Ana);
        await CheckAsync("home", "/");
        await CheckAsync("people-search", "/people?query=ben");
        await CheckAsync("person", $"/people/{world.BenId}");
        await CheckAsync("friends", "/friends");
        await CheckAsync("friend-requests", "/friend-requests?direction=incoming");
        await CheckAsync("blocks", "/blocks");
        await CheckAsync("rooms", "/rooms");
        await CheckAsync("new-group", "/groups/new");
        await CheckAsync("search", "/search?query=chapter");
        await CheckAsync("conversations", "/conversations");
        await CheckAsync("conversation-direct", $"/conversations/{world.DirectChat}");
        await CheckAsync("conversation-group", $"/conversations/{world.Group}");
        await CheckAsync("members", $"/conversations/{world.Group}/members");
        await CheckAsync("profile", "/profile");
        await CheckAsync("delete-account", "/profile/delete");
        await CheckAsync("manage-account", "/Identity/Account/Manage");
        await CheckAsync("manage-email", "/Identity/Account/Manage/Email");
        await CheckAsync("manage-password", "/Identity/Account/Manage/ChangePassword");
        await CheckAsync("manage-two-factor", "/Identity/Account/Manage/TwoFactorAuthentication");
        await CheckAsync("manage-authenticator", "/Identity/Account/Manage/EnableAuthenticator");
        await Page.Context.ClearCookiesAsync();

        await Page.SignInAsync(ChatApp.AccessibilityAdminName);
        await CheckAsync("admin", "/admin");
        await CheckAsync("admin-users", "/admin/users");
        await CheckAsync("admin-audit", "/admin/audit");

        await File.WriteAllLinesAsync(Artifacts.PathFor("accessibility", $"axe-{device}.txt"), findings);
        Assert.Equal(30, checkedPages);
        Assert.True(findings.Count == 0, string.Join(Environment.NewLine, findings));
    }
}
