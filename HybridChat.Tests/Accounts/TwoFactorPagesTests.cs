using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class TwoFactorPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_profile_links_to_two_factor_sign_in()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var profile = await session.GetPageAsync("/profile");

        Assert.NotNull(profile.QuerySelector("a[href='/Identity/Account/Manage/TwoFactorAuthentication']"));
    }

    [Fact]
    public async Task Every_two_factor_page_renders_in_the_site_layout()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();
        await AssertInLayoutAsync(session, "/Identity/Account/Manage/TwoFactorAuthentication");
        await session.EnableAuthenticatorAsync();

        foreach (var page in new[] { "TwoFactorAuthentication", "GenerateRecoveryCodes", "Disable2fa", "ResetAuthenticator", "EnableAuthenticator" })
        {
            await AssertInLayoutAsync(session, $"/Identity/Account/Manage/{page}");
        }
    }

    [Fact]
    public async Task With_an_authenticator_turned_on_logging_in_asks_for_its_code()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        var authenticator = await session.EnableAuthenticatorAsync();
        using var loggedOut = await session.LogOutAsync();

        using var password = await session.LogInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        Assert.StartsWith("/Identity/Account/LoginWith2fa", password.Headers.Location?.OriginalString, StringComparison.Ordinal);
        await session.GetPageAsync("/profile", HttpStatusCode.Redirect);

        var page = await AssertInLayoutAsync(session, password.Headers.Location!.OriginalString);
        using var code = await session.SubmitAsync(page, ".account-page form", new Dictionary<string, string> { ["Input.TwoFactorCode"] = authenticator.Code() });

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        await session.GetPageAsync("/profile");
    }

    [Fact]
    public async Task A_recovery_code_logs_in_instead_of_the_authenticator()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        var authenticator = await session.EnableAuthenticatorAsync();
        using var loggedOut = await session.LogOutAsync();
        using var password = await session.LogInAsync(userName);

        var page = await AssertInLayoutAsync(session, "/Identity/Account/LoginWithRecoveryCode");
        using var code = await session.SubmitAsync(page, ".account-page form", new Dictionary<string, string> { ["Input.RecoveryCode"] = authenticator.RecoveryCodes[0] });

        Assert.Equal(HttpStatusCode.Redirect, code.StatusCode);
        await session.GetPageAsync("/profile");
    }

    [Fact]
    public async Task Turning_two_factor_off_makes_the_password_enough_again()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        await session.EnableAuthenticatorAsync();

        var disable = await session.GetPageAsync("/Identity/Account/Manage/Disable2fa");
        using var disabled = await session.SubmitAsync(disable, ".account-page form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        using var api = app.NewApiSession();
        await api.SignInAsync(userName);
    }

    private static async Task<AngleSharp.Dom.IDocument> AssertInLayoutAsync(WebSession session, string url)
    {
        var page = await session.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.NotNull(page.QuerySelector(".account-page h1, .account-page h2, .account-page h3"));
        Assert.DoesNotContain("jquery", page.Source.Text, StringComparison.OrdinalIgnoreCase);
        return page;
    }
}
