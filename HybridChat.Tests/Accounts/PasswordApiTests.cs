using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class PasswordApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Changing_the_password_retires_every_refresh_token()
    {
        using var phone = app.NewApiSession();
        var userName = await phone.SignUpAsync();
        using var tablet = app.NewApiSession();
        await tablet.SignInAsync(userName);

        using var changed = await phone.PostAsync("me/password", new { currentPassword = AccountSteps.Password, newPassword = "another long password" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);

        await (await phone.PostAsync("auth/refresh", new { refreshToken = phone.RefreshToken })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await tablet.PostAsync("auth/refresh", new { refreshToken = tablet.RefreshToken })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await phone.SignInAsync(userName, "another long password");
    }

    [Fact]
    public async Task A_wrong_current_password_is_a_field_error()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.PostAsync("me/password", new { currentPassword = "not it at all", newPassword = "another long password" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("currentPassword"));
    }

    [Fact]
    public async Task Forgot_then_reset_with_the_emailed_code_signs_out_every_device()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();
        var email = $"{userName}@example.test";

        using var forgot = await api.PostAsync("auth/forgot-password", new { email });
        Assert.Equal(HttpStatusCode.Accepted, forgot.StatusCode);
        var code = await app.ResetCodeSentToAsync(email);

        using var reset = await api.PostAsync("auth/reset-password", new { email, token = code, newPassword = "a fresh password" });
        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);

        await (await api.PostAsync("auth/refresh", new { refreshToken = api.RefreshToken })).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await api.SignInAsync(userName, "a fresh password");
    }

    [Fact]
    public async Task Forgot_password_answers_202_for_an_unknown_email_and_sends_nothing()
    {
        using var api = app.NewApiSession();

        using var response = await api.PostAsync("auth/forgot-password", new { email = "nobody-known@example.test" });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await app.MailsToAsync("nobody-known@example.test"));
    }

    [Theory]
    [InlineData("Zm9yZ2Vk")]
    [InlineData("%%% not base64 %%%")]
    public async Task A_bad_reset_token_is_a_field_error(string token)
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        using var response = await api.PostAsync("auth/reset-password", new { email = $"{userName}@example.test", token, newPassword = "a fresh password" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("token"));
    }
}
