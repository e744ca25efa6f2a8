using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class TokenApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_session_is_kept_alive_by_rotating_refresh_tokens_until_logout()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        var me = await (await api.GetAsync("me")).ReadJsonAsync();
        Assert.Equal(userName, me["userName"]?.GetValue<string>());

        var first = api.RefreshToken!;
        using var refreshed = await api.PostAsync("auth/refresh", new { refreshToken = first });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var pair = await refreshed.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Bearer", pair!["tokenType"]?.GetValue<string>());
        Assert.Equal(900, pair["expiresIn"]?.GetValue<int>());
        api.UseTokens(pair);
        Assert.NotEqual(first, api.RefreshToken);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("me")).StatusCode);

        using var loggedOut = await api.PostAsync("auth/logout", new { refreshToken = api.RefreshToken });
        Assert.Equal(HttpStatusCode.NoContent, loggedOut.StatusCode);
        using var afterLogout = await api.PostAsync("auth/refresh", new { refreshToken = api.RefreshToken });
        await afterLogout.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_reused_refresh_token_revokes_its_whole_family()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var stolen = api.RefreshToken!;
        using var legitimate = await api.PostAsync("auth/refresh", new { refreshToken = stolen });
        var newest = (await legitimate.Content.ReadFromJsonAsync<JsonObject>())!["refreshToken"]!.GetValue<string>();

        using var reuse = await api.PostAsync("auth/refresh", new { refreshToken = stolen });
        await reuse.AssertProblemAsync(HttpStatusCode.Unauthorized);

        using var newestAfterTheft = await api.PostAsync("auth/refresh", new { refreshToken = newest });
        await newestAfterTheft.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Two_concurrent_refreshes_with_one_token_give_at_most_one_new_pair()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();
        var token = api.RefreshToken!;

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => api.PostAsync("auth/refresh", new { refreshToken = token })));

        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) <= 1);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.OK), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
    }

    [Fact]
    public async Task Sign_in_accepts_the_email_instead_of_the_user_name()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        await api.SignInAsync($"{userName}@example.test");

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task Wrong_credentials_get_401_and_repeated_failures_lock_the_account()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var wrong = await api.PostAsync("auth/token", new { userName, password = "wrong password" });
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fifth = await api.PostAsync("auth/token", new { userName, password = "wrong password" });
        using var right = await api.PostAsync("auth/token", new { userName, password = AccountSteps.Password });
        await right.AssertProblemAsync(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task An_unknown_user_gets_401_like_a_wrong_password()
    {
        using var api = app.NewApiSession();

        using var response = await api.PostAsync("auth/token", new { userName = "nobody-here", password = "whatever password" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }
}
