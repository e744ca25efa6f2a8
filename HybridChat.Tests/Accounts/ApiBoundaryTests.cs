using System.Net;
using System.Net.Http.Headers;
using HybridChat.Tests.Infrastructure;
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
        var valid = MintToken(app.Services.GetRequiredService<SymmetricSecurityKey>(), DateTime.UtcNow.AddMinutes(10));

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

    private static string MintToken(SecurityKey key, DateTime expires) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "HybridChat",
            Audience = "HybridChat.Api",
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object> { [JwtRegisteredClaimNames.Sub] = "1" },
        });
}
