using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Api;

public class RateLimitTests
{
    [Fact]
    public async Task Too_many_sign_in_attempts_get_429_with_Retry_After()
    {
        await using var app = new ChatApp();
        app.Settings["RateLimits:AuthPermitsPerMinute"] = "3";
        using var api = app.NewApiSession();

        for (var attempt = 0; attempt < 3; attempt++)
        {
            using var allowed = await api.PostAsync("auth/token", new { userName = "someone", password = "some password" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var limited = await api.PostAsync("auth/token", new { userName = "someone", password = "some password" });

        await limited.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
    }
}
