using System.Net;
using System.Net.Http.Json;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

// A reset link points where the site is published, whatever Host header the request carried: an
// attacker who asks for someone's reset with "Host: attacker.test" must not receive their code.
public sealed class PasswordResetLinkTests : IAsyncLifetime
{
    private const string PublicUrl = "https://chat.example.test/";

    private readonly ChatApp app = new() { Settings = { ["App:PublicUrl"] = PublicUrl } };

    [Fact]
    public async Task The_web_forgot_password_page_links_to_the_public_URL_despite_a_forged_Host()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("victim");
        using var loggedOut = await session.LogOutAsync();
        var page = await session.GetPageAsync("/Identity/Account/ForgotPassword");
        session.Client.DefaultRequestHeaders.Host = "attacker.test";

        using var response = await session.SubmitAsync(page, "#forgot-password-form",
            new Dictionary<string, string> { ["Input.Email"] = $"{userName}@example.test" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        AssertPointsAtPublicUrl(await app.ResetLinkSentToAsync($"{userName}@example.test"));
    }

    [Fact]
    public async Task The_API_forgot_password_call_links_to_the_public_URL_despite_a_forged_Host()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("victim");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/forgot-password")
        {
            Content = JsonContent.Create(new { email = $"{userName}@example.test" }),
        };
        request.Headers.Host = "attacker.test";

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        AssertPointsAtPublicUrl(await app.ResetLinkSentToAsync($"{userName}@example.test"));
    }

    [Fact]
    public async Task The_change_email_link_points_at_the_public_URL_despite_a_forged_Host()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("mover");
        var page = await session.GetPageAsync("/Identity/Account/Manage/Email");
        var token = page.QuerySelector("#email-form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        session.Client.DefaultRequestHeaders.Host = "attacker.test";

        using var response = await session.Client.PostAsync("/Identity/Account/Manage/Email?handler=ChangeEmail", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.NewEmail"] = $"{userName}.new@example.test" }));

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"{response.StatusCode}");
        var mail = Assert.Single(await app.MailsToAsync($"{userName}.new@example.test"));
        var link = new Uri(System.Net.WebUtility.HtmlDecode(
            System.Text.RegularExpressions.Regex.Match(mail.HtmlBody ?? "", "href='([^']+)'").Groups[1].Value));
        Assert.Equal("https://chat.example.test", link.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/Identity/Account/ConfirmEmailChange", link.AbsolutePath);
    }

    private static void AssertPointsAtPublicUrl(Uri link)
    {
        Assert.Equal("https://chat.example.test", link.GetLeftPart(UriPartial.Authority));
        Assert.Equal("/Identity/Account/ResetPassword", link.AbsolutePath);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
