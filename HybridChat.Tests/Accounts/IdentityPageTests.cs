using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

// Identity UI's pages opened the way a stranger or a broken link would: never a crash.
public class IdentityPageTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Theory]
    [InlineData("/Identity/Account/ConfirmEmail")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=1&code=abc")]
    [InlineData("/Identity/Account/RegisterConfirmation")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    [InlineData("/Identity/Account/ExternalLogin")]
    [InlineData("/Identity/Account/ExternalLogin?handler=Callback")]
    public async Task Pages_for_features_HybridChat_does_not_have_are_not_found(string path)
    {
        using var session = app.NewSession();

        var page = await session.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("We could not find that page.", page.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/Identity/Account/Manage/ExternalLogins")]
    [InlineData("/Identity/Account/Manage/ExternalLogins?handler=LinkLoginCallback")]
    public async Task Linking_external_sign_ins_is_not_found_when_signed_in(string path)
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        await session.GetPageAsync(path, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/Identity/Account/ConfirmEmailChange")]
    [InlineData("/Identity/Account/ConfirmEmailChange?userId=1&email=a%40x.test")]
    public async Task An_email_change_link_missing_its_parts_is_a_400_page(string path)
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var page = await session.GetPageAsync(path, HttpStatusCode.BadRequest);

        Assert.Contains("incomplete", page.Body?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reset_password_link_without_its_code_is_a_400_with_the_reason()
    {
        using var session = app.NewSession();

        using var response = await session.Client.GetAsync("/Identity/Account/ResetPassword");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("code", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/Identity/Account/LoginWith2fa")]
    [InlineData("/Identity/Account/LoginWithRecoveryCode")]
    public async Task The_second_sign_in_step_without_a_first_sends_you_to_sign_in(string path)
    {
        using var session = app.NewSession();

        using var response = await session.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location?.OriginalString);
    }
}
