using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class PasswordResetTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_forgotten_password_is_reset_by_following_the_emailed_link()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("forgetful");
        using var loggedOut = await session.LogOutAsync();

        await session.OpenAndSubmitAsync("/Identity/Account/ForgotPassword", "#forgot-password-form",
            new Dictionary<string, string> { ["Input.Email"] = $"{userName}@example.test" }, HttpStatusCode.Redirect);

        var link = await app.ResetLinkSentToAsync($"{userName}@example.test");
        var resetPage = await session.GetPageAsync(link.PathAndQuery);
        using (var reset = await session.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = $"{userName}@example.test",
            ["Input.Password"] = "a brand new password",
            ["Input.ConfirmPassword"] = "a brand new password",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
            Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location?.OriginalString);
        }

        using var oldPassword = await session.LogInAsync(userName);
        Assert.Equal(HttpStatusCode.OK, oldPassword.StatusCode);
        using var newPassword = await session.LogInAsync(userName, "a brand new password");
        Assert.Equal(HttpStatusCode.Redirect, newPassword.StatusCode);
    }

    [Fact]
    public async Task An_unknown_email_gets_the_same_answer_and_no_mail_is_written()
    {
        using var session = app.NewSession();
        const string unknown = "nobody-at-all@example.test";

        var page = await session.GetPageAsync("/Identity/Account/ForgotPassword");
        using var response = await session.SubmitAsync(page, "#forgot-password-form", new Dictionary<string, string> { ["Input.Email"] = unknown });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", response.Headers.Location?.OriginalString);
        Assert.Empty(await app.MailsToAsync(unknown));
    }

    [Fact]
    public async Task A_reset_link_cannot_be_used_with_a_tampered_code()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("tamper");
        using var loggedOut = await session.LogOutAsync();
        await session.OpenAndSubmitAsync("/Identity/Account/ForgotPassword", "#forgot-password-form",
            new Dictionary<string, string> { ["Input.Email"] = $"{userName}@example.test" }, HttpStatusCode.Redirect);

        var resetPage = await session.GetPageAsync("/Identity/Account/ResetPassword?code=Zm9yZ2Vk");
        using var reset = await session.SubmitAsync(resetPage, "main form", new Dictionary<string, string>
        {
            ["Input.Email"] = $"{userName}@example.test",
            ["Input.Password"] = "a brand new password",
            ["Input.ConfirmPassword"] = "a brand new password",
        });

        var page = await WebSession.ParseAsync(reset);
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Contains("Invalid token", page.Body?.TextContent, StringComparison.Ordinal);
        using var oldPassword = await session.LogInAsync(userName);
        Assert.Equal(HttpStatusCode.Redirect, oldPassword.StatusCode);
    }
}
