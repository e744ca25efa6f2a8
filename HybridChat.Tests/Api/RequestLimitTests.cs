using System.Net;
using System.Text;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Api;

public class RequestLimitTests
{
    [Fact]
    public async Task An_oversized_JSON_body_gets_413_ProblemDetails_and_creates_nothing()
    {
        await using var app = new ChatApp();
        using var client = new HttpClient { BaseAddress = app.StartKestrel() };
        // As a careful client does: ask before sending the body, so the early 413 is read cleanly
        // instead of racing the server closing the connection.
        client.DefaultRequestHeaders.ExpectContinue = true;
        var userName = AccountSteps.UniqueName("huge");
        var json = $"{{\"userName\":\"{userName}\",\"email\":\"{userName}@example.test\",\"password\":\"{AccountSteps.Password}\",\"displayName\":\"{new string('x', 100_000)}\"}}";

        using var response = await client.PostAsync("/api/v1/auth/register", new StringContent(json, Encoding.UTF8, "application/json"));

        await response.AssertProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        using var signIn = await client.PostAsync("/api/v1/auth/token",
            new StringContent($"{{\"userName\":\"{userName}\",\"password\":\"{AccountSteps.Password}\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, signIn.StatusCode);
    }
}
