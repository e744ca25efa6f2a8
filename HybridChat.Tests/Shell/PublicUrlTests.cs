using System.Net;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace HybridChat.Tests.Shell;

public class PublicUrlTests
{
    [Fact]
    public async Task Production_without_a_public_URL_refuses_to_start_and_says_why()
    {
        await using var app = InProduction();

        var failure = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("App:PublicUrl (App__PublicUrl) is not set", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_with_a_public_URL_starts()
    {
        await using var app = InProduction();
        app.Settings["App:PublicUrl"] = "https://chat.example.test";
        using var session = app.NewSession();

        await session.GetPageAsync("/Identity/Account/Login");
    }

    [Fact]
    public async Task Without_a_public_URL_outside_production_links_use_the_development_address()
    {
        await using var app = new ChatApp();
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("forgetful");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/auth/forgot-password")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { email = $"{userName}@example.test" }),
        };
        request.Headers.Host = "attacker.test";

        using var response = await api.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var link = await app.ResetLinkSentToAsync($"{userName}@example.test");
        Assert.Equal("http://localhost:5000", link.GetLeftPart(UriPartial.Authority));
    }

    private static ChatApp InProduction()
    {
        var app = new ChatApp { ConfigureHost = builder => builder.UseEnvironment("Production") };
        app.Settings["Auth:SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
        return app;
    }
}
