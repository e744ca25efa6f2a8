using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Accounts;

public class EditingTheProfileTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public async Task The_htmx_profile_form_saves_the_display_name_without_reloading_the_page()
    {
        await Page.RegisterAsync(Names.Unique("grace"), "Grace");
        await Page.GotoAsync("/profile");
        await Page.EvaluateAsync("window.e2eMarker = 'same page'");
        // Without the form's own hidden token, only the header site.js adds can satisfy antiforgery.
        await Page.Locator("#profile-form input[name=__RequestVerificationToken]").EvaluateAsync("input => input.remove()");

        await Page.GetByLabel("Display name").FillAsync("Grace Hopper");
        await Page.GetByLabel("Bio").FillAsync("Found the first actual bug.");
        var request = await Page.RunAndWaitForRequestAsync(
            () => Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync(),
            request => request.Method == "POST" && request.Url.EndsWith("/profile", StringComparison.Ordinal));

        await Expect(Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your profile was saved.");
        await Expect(Page.GetByLabel("Display name")).ToHaveValueAsync("Grace Hopper");
        Assert.Equal("same page", await Page.EvaluateAsync<string>("window.e2eMarker"));
        var headers = await request.AllHeadersAsync();
        Assert.Equal("true", headers.GetValueOrDefault("hx-request"));
        Assert.False(string.IsNullOrEmpty(headers.GetValueOrDefault("requestverificationtoken")));

        await Page.GotoAsync("/");
        await Expect(Page.Greeting("Grace Hopper")).ToBeVisibleAsync();
        await Expect(Page.Locator("#profile-card")).ToContainTextAsync("Found the first actual bug.");
    }
}
