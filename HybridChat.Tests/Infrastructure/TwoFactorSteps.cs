using System.Net;

namespace HybridChat.Tests.Infrastructure;

public record Authenticator(string Key, string[] RecoveryCodes)
{
    public string Code() => Totp.Code(Key);
}

// Turning on two-factor sign-in the way a person does: scan (read) the key, type the app's code.
public static class TwoFactorSteps
{
    public const string EnablePage = "/Identity/Account/Manage/EnableAuthenticator";

    public static async Task<Authenticator> EnableAuthenticatorAsync(this WebSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var page = await session.GetPageAsync(EnablePage);
        var uri = new Uri(page.QuerySelector("[data-url]")!.GetAttribute("data-url")!);
        var key = System.Web.HttpUtility.ParseQueryString(uri.Query)["secret"]!;

        using var enabled = await session.SubmitAsync(page, "#send-code", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        var codes = await session.GetPageAsync(enabled.Headers.Location!.OriginalString);
        var recoveryCodes = codes.QuerySelectorAll(".recovery-code").Select(c => c.TextContent.Trim()).ToArray();
        Assert.NotEmpty(recoveryCodes);
        return new Authenticator(key, recoveryCodes);
    }

    // An API account with an authenticator turned on from the web.
    public static async Task<(string UserName, Authenticator Authenticator)> TwoFactorAccountAsync(this ChatApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var web = app.NewSession();
        var userName = await web.SignUpAsync("totp");
        return (userName, await web.EnableAuthenticatorAsync());
    }
}
