using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class SessionTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_user_logs_out_and_logs_in_again_with_user_name_or_email()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();

        using (var loggedOut = await session.LogOutAsync())
        {
            Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        }

        var anonymousHome = await session.GetPageAsync("/");
        Assert.NotNull(anonymousHome.QuerySelector("a[href='/Identity/Account/Login']"));

        using (var byName = await session.LogInAsync(userName))
        {
            Assert.Equal(HttpStatusCode.Redirect, byName.StatusCode);
        }

        Assert.Equal($"Hello, {userName}", (await session.GetPageAsync("/")).QuerySelector("h1")?.TextContent);

        using var loggedOutAgain = await session.LogOutAsync();
        using var byEmail = await session.LogInAsync($"{userName}@example.test");
        Assert.Equal(HttpStatusCode.Redirect, byEmail.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_form_error()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        using var loggedOut = await session.LogOutAsync();

        using var response = await session.LogInAsync(userName, "not the password");

        var page = await WebSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("not right", page.QuerySelector(".form-errors")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull((await session.GetPageAsync("/")).QuerySelector("a[href='/Identity/Account/Login']"));
    }

    [Fact]
    public async Task An_unknown_user_gets_the_same_answer_as_a_wrong_password()
    {
        using var session = app.NewSession();

        using var response = await session.LogInAsync("nobody-by-this-name", "whatever password");

        var page = await WebSession.ParseAsync(response);
        Assert.Contains("not right", page.QuerySelector(".form-errors")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        using var loggedOut = await session.LogOutAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await session.LogInAsync(userName, "not the password");
        }

        using var right = await session.LogInAsync(userName);

        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/Identity/Account/Lockout", right.Headers.Location?.OriginalString);
        var lockout = await session.GetPageAsync("/Identity/Account/Lockout");
        Assert.Contains("Locked out", lockout.Body?.TextContent, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_that_need_an_account_send_visitors_to_log_in()
    {
        using var session = app.NewSession();

        using var response = await session.Client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/Login", response.Headers.Location?.PathAndQuery ?? response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
