using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class RegistrationTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_new_user_registers_and_lands_signed_in_on_the_home_page()
    {
        using var session = app.NewSession();
        var userName = AccountSteps.UniqueName("ana");

        using var response = await session.RegisterAsync(userName);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await session.GetPageAsync("/");
        Assert.Equal($"Hello, {userName}", home.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_taken_user_name_is_shown_as_a_form_error()
    {
        var userName = AccountSteps.UniqueName("taken");
        using (var first = app.NewSession())
        {
            using var registered = await first.RegisterAsync(userName);
            Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        }

        using var second = app.NewSession();
        using var response = await second.RegisterAsync(userName.ToUpperInvariant(), email: $"other-{userName}@example.test");

        var page = await WebSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("is already taken", page.FieldError("Input.UserName"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_taken_email_is_shown_as_a_form_error()
    {
        using (var first = app.NewSession())
        {
            using var registered = await first.RegisterAsync(AccountSteps.UniqueName("first"), email: "shared@example.test");
        }

        using var second = app.NewSession();
        using var response = await second.RegisterAsync(AccountSteps.UniqueName("second"), email: "Shared@Example.test");

        var page = await WebSession.ParseAsync(response);
        Assert.Contains("is already taken", page.FieldError("Input.Email"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("short1", "at least 8 characters")]
    [InlineData("aaaaaaaaaaaa", "at least 4 different characters")]
    public async Task A_weak_password_is_shown_as_a_form_error(string password, string expected)
    {
        using var session = app.NewSession();

        using var response = await session.RegisterAsync(AccountSteps.UniqueName("weak"), password: password);

        var page = await WebSession.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, page.FieldError("Input.Password"), StringComparison.OrdinalIgnoreCase);
        Assert.Null(page.QuerySelector("form[action^='/Identity/Account/Logout']"));
    }

    [Fact]
    public async Task A_user_name_with_characters_outside_the_allowed_set_is_refused()
    {
        using var session = app.NewSession();

        using var response = await session.RegisterAsync("ana@home", email: "ana-at-home@example.test");

        var page = await WebSession.ParseAsync(response);
        Assert.Contains("invalid", page.FieldError("Input.UserName"), StringComparison.OrdinalIgnoreCase);
    }
}
