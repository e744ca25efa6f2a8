using System.Net;
using System.Net.Http.Headers;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Tests.Accounts;

// Pages take only the cookie, the API only a valid bearer token.
public class ApiBoundaryTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_cookie_alone_does_not_authorize_an_API_call()
    {
        using var browser = app.NewSession();
        await browser.SignUpAsync();

        using var response = await browser.Client.GetAsync("/api/v1/me");

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_bearer_token_alone_does_not_open_a_page()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.Client.GetAsync("/profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Identity/Account/Login", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_access_token_is_rejected()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var expired = MintToken(app.Services.GetRequiredService<SymmetricSecurityKey>(), DateTime.UtcNow.AddMinutes(-10));

        api.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", expired);

        await (await api.GetAsync("me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_rejected()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var forged = MintToken(new SymmetricSecurityKey(new byte[64]), DateTime.UtcNow.AddMinutes(10));

        api.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", forged);

        await (await api.GetAsync("me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_minted_token_with_the_right_key_and_lifetime_is_accepted()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var valid = MintToken(app.Services.GetRequiredService<SymmetricSecurityKey>(), DateTime.UtcNow.AddMinutes(10), await UserClaimsAsync(api));

        api.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", valid);

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task An_unknown_API_version_is_refused_with_ProblemDetails()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.Client.GetAsync("/api/v9/me");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("version", problem["detail"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Responses_report_the_supported_API_versions()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.GetAsync("me");

        Assert.Equal("1.0", Assert.Single(response.Headers.GetValues("api-supported-versions")));
    }

    [Fact]
    public async Task A_token_of_a_deleted_user_is_401_on_every_API_call()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("gone");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("me")).StatusCode);
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            Assert.True((await users.DeleteAsync((await users.FindByNameAsync(userName))!)).Succeeded);
        }

        await (await api.GetAsync("me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.GetAsync("events")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await api.GetAsync("conversations")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_access_token_stops_working_once_the_password_changes()
    {
        using var phone = app.NewApiSession();
        var userName = await phone.SignUpAsync("stolen");
        using var thief = app.NewApiSession();
        thief.UseTokens(new System.Text.Json.Nodes.JsonObject { ["accessToken"] = phone.AccessToken });

        using var changed = await phone.PostAsync("me/password", new { currentPassword = AccountSteps.Password, newPassword = "another long password" });

        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        await (await thief.GetAsync("me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await phone.SignInAsync(userName, "another long password");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task A_minted_token_without_the_users_security_stamp_is_rejected()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var claims = await UserClaimsAsync(api);
        claims.Remove(AccessTokens.SecurityStampClaim);

        api.Client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            MintToken(app.Services.GetRequiredService<SymmetricSecurityKey>(), DateTime.UtcNow.AddMinutes(10), claims));

        await (await api.GetAsync("me")).AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    private async Task<Dictionary<string, object>> UserClaimsAsync(ApiSession api)
    {
        using var scope = app.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByNameAsync(api.UserName!))!;
        return new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), [AccessTokens.SecurityStampClaim] = user.SecurityStamp! };
    }

    private static string MintToken(SecurityKey key, DateTime expires, Dictionary<string, object>? claims = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "HybridChat",
            Audience = "HybridChat.Api",
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = claims ?? new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = "1" },
        });
}
