using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

public class AntiforgeryTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_forged_form_post_without_a_token_is_refused_and_changes_nothing()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();

        using var forged = await session.Client.PostAsync("/profile",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["DisplayName"] = "Hacked" }));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal($"Hello, {userName}", (await session.GetPageAsync("/")).QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task An_htmx_post_without_the_token_header_is_refused()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/profile")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["DisplayName"] = "Hacked" }),
        };
        request.Headers.Add("HX-Request", "true");
        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_token_from_another_session_does_not_work()
    {
        using var attacker = app.NewSession();
        await attacker.SignUpAsync("attacker");
        var attackerToken = (await attacker.GetPageAsync("/profile")).QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!;
        using var victim = app.NewSession();
        await victim.SignUpAsync("victim");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/profile")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["DisplayName"] = "Hacked" }),
        };
        request.Headers.Add("RequestVerificationToken", attackerToken);
        using var response = await victim.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Logging_in_without_a_token_is_refused()
    {
        using var session = app.NewSession();

        using var response = await session.Client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(
            new Dictionary<string, string> { ["Input.UserNameOrEmail"] = "someone", ["Input.Password"] = "password1" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
