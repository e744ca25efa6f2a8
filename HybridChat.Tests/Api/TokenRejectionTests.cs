using System.Net;
using System.Net.Http.Headers;
using System.Text;
using HybridChat.Data.Entities;
using HybridChat.Tests.Infrastructure;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace HybridChat.Tests.Api;

// Every route that writes with a token answers a missing, malformed or expired one with 401
// ProblemDetails and a Bearer challenge, whatever its method (never an empty 400).
public class TokenRejectionTests(ChatApp app) : IClassFixture<ChatApp>
{
    public static readonly TheoryData<string, string> WriteRoutes = new()
    {
        { "PATCH", "/api/v1/me" },
        { "DELETE", "/api/v1/me" },
        { "POST", "/api/v1/me/password" },
        { "PUT", "/api/v1/blocks/{userId}" },
        { "DELETE", "/api/v1/blocks/{userId}" },
        { "POST", "/api/v1/friend-requests" },
        { "POST", "/api/v1/friend-requests/{id}/accept" },
        { "POST", "/api/v1/friend-requests/{id}/reject" },
        { "DELETE", "/api/v1/friend-requests/{id}" },
        { "DELETE", "/api/v1/friends/{userId}" },
        { "POST", "/api/v1/conversations/direct" },
        { "POST", "/api/v1/conversations/groups" },
        { "PATCH", "/api/v1/conversations/{id}" },
        { "POST", "/api/v1/conversations/{id}/join-code" },
        { "DELETE", "/api/v1/conversations/{id}/join-code" },
        { "POST", "/api/v1/conversations/join" },
        { "POST", "/api/v1/conversations/{id}/join" },
        { "POST", "/api/v1/conversations/{id}/members" },
        { "PATCH", "/api/v1/conversations/{id}/members/{userId}" },
        { "DELETE", "/api/v1/conversations/{id}/members/{userId}" },
        { "POST", "/api/v1/conversations/{conversationId}/typing" },
        { "POST", "/api/v1/conversations/{conversationId}/messages" },
        { "POST", "/api/v1/conversations/{conversationId}/read" },
        { "PATCH", "/api/v1/messages/{id}" },
        { "DELETE", "/api/v1/messages/{id}" },
        { "PUT", "/api/v1/messages/{id}/reactions/{emoji}" },
        { "DELETE", "/api/v1/messages/{id}/reactions/{emoji}" },
        { "PUT", "/api/v1/messages/{id}/pin" },
        { "DELETE", "/api/v1/messages/{id}/pin" },
        { "POST", "/api/v1/media" },
        { "PUT", "/api/v1/me/avatar" },
        { "DELETE", "/api/v1/me/avatar" },
        { "PUT", "/api/v1/conversations/{id}/avatar" },
        { "DELETE", "/api/v1/conversations/{id}/avatar" },
        { "POST", "/api/v1/calls" },
        { "POST", "/api/v1/calls/{id}/accept" },
        { "POST", "/api/v1/calls/{id}/decline" },
        { "POST", "/api/v1/calls/{id}/hangup" },
        { "POST", "/api/v1/calls/{id}/signals" },
        { "PUT", "/api/v1/conversations/{id}/mute" },
        { "DELETE", "/api/v1/conversations/{id}/mute" },
        { "POST", "/api/v1/push-subscriptions" },
        { "DELETE", "/api/v1/push-subscriptions" },
    };

    [Theory]
    [MemberData(nameof(WriteRoutes))]
    public async Task A_write_route_answers_a_missing_malformed_or_expired_token_with_401_ProblemDetails(string method, string route)
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync("writer");
        var expired = await ExpiredTokenOfAsync(api.UserName!);
        var path = route.Replace("{userId}", "1", StringComparison.Ordinal).Replace("{id}", "1", StringComparison.Ordinal)
            .Replace("{conversationId}", "1", StringComparison.Ordinal).Replace("{emoji}", "%F0%9F%91%8D", StringComparison.Ordinal);

        foreach (var token in new[] { null, "not-a-token", expired })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
            request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            api.Client.DefaultRequestHeaders.Authorization = null;

            using var response = await api.Client.SendAsync(request);

            await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        }
    }

    [Fact]
    public async Task The_write_routes_above_are_every_write_operation_that_needs_a_token()
    {
        var document = (await app.ContractAsync()).Document;

        var needingToken = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject()
                .Where(operation => operation.Key != "get" && operation.Value!["security"]!.AsArray().Count > 0)
                .Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"));

        Assert.Equal(needingToken.Order(), WriteRoutes.Select(row => $"{row.Data.Item1} {row.Data.Item2}").Order());
    }

    private async Task<string> ExpiredTokenOfAsync(string userName)
    {
        using var scope = app.Services.CreateScope();
        var user = (await scope.ServiceProvider.GetRequiredService<UserManager<User>>().FindByNameAsync(userName))!;
        var expires = DateTime.UtcNow.AddMinutes(-5);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "HybridChat",
            Audience = "HybridChat.Api",
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            SigningCredentials = new SigningCredentials(app.Services.GetRequiredService<SymmetricSecurityKey>(), SecurityAlgorithms.HmacSha256),
            Claims = new Dictionary<string, object>
            {
                [JwtRegisteredClaimNames.Sub] = user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [AccessTokens.SecurityStampClaim] = user.SecurityStamp!,
            },
        });
    }
}
