using System.Net;
using AngleSharp.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

// Guessing passwords or flooding inboxes through the web pages meets the same per-address limit as the API.
public class AccountPageRateLimitTests
{
    [Fact]
    public async Task The_21st_sign_in_attempt_in_a_minute_gets_the_too_many_attempts_page()
    {
        await using var app = LimitedTo(20);
        using var session = app.NewSession();
        var page = await session.GetPageAsync("/Identity/Account/Login");

        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var refused = await SignInAsync(session, page);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        using var limited = await SignInAsync(session, page);

        await AssertTooManyAttemptsPageAsync(limited);
    }

    [Fact]
    public async Task The_21st_forgot_password_request_in_a_minute_gets_the_too_many_attempts_page()
    {
        await using var app = LimitedTo(20);
        using var session = app.NewSession();
        var page = await session.GetPageAsync("/Identity/Account/ForgotPassword");

        for (var attempt = 0; attempt < 20; attempt++)
        {
            using var accepted = await ForgotPasswordAsync(session, page);
            Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        }

        using var limited = await ForgotPasswordAsync(session, page);

        await AssertTooManyAttemptsPageAsync(limited);
    }

    [Fact]
    public async Task Web_and_API_attempts_from_one_address_share_one_limit()
    {
        await using var app = LimitedTo(3);
        using var session = app.NewSession();
        using var api = app.NewApiSession();
        var page = await session.GetPageAsync("/Identity/Account/Login");

        using (var first = await api.PostAsync("auth/token", new { userName = "someone", password = "some password" }))
        using (var second = await SignInAsync(session, page))
        using (var third = await api.PostAsync("auth/forgot-password", new { email = "someone@example.test" }))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
            Assert.Equal(HttpStatusCode.OK, second.StatusCode);
            Assert.Equal(HttpStatusCode.Accepted, third.StatusCode);
        }

        using var web = await SignInAsync(session, page);
        using var viaApi = await api.PostAsync("auth/token", new { userName = "someone", password = "some password" });
        await AssertTooManyAttemptsPageAsync(web);
        await viaApi.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        await session.GetPageAsync("/Identity/Account/Login");
    }

    private static ChatApp LimitedTo(int permitsPerMinute)
    {
        var app = new ChatApp();
        app.Settings["RateLimits:AuthPermitsPerMinute"] = permitsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return app;
    }

    // A different name each time: the per-name lockout (five failures) must not answer first.
    private static Task<HttpResponseMessage> SignInAsync(WebSession session, IDocument page) =>
        session.SubmitAsync(page, "#login-form", new Dictionary<string, string>
        {
            ["Input.UserNameOrEmail"] = AccountSteps.UniqueName("someone"),
            ["Input.Password"] = "a guessed password",
        });

    private static Task<HttpResponseMessage> ForgotPasswordAsync(WebSession session, IDocument page) =>
        session.SubmitAsync(page, "#forgot-password-form", new Dictionary<string, string> { ["Input.Email"] = "someone@example.test" });

    private static async Task AssertTooManyAttemptsPageAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("Too many attempts.", page.QuerySelector("h1")?.TextContent);
    }
}
