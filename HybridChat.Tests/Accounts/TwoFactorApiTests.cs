using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class TwoFactorApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_right_password_of_a_two_factor_account_gets_a_ticket_and_no_tokens()
    {
        var (userName, _) = await app.TwoFactorAccountAsync();
        using var api = app.NewApiSession();

        using var response = await api.PostAsync("auth/token", new { userName, password = AccountSteps.Password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.True(problem["twoFactorRequired"]!.GetValue<bool>());
        Assert.False(string.IsNullOrEmpty(problem["twoFactorTicket"]!.GetValue<string>()));
        Assert.Null(problem["accessToken"]);
        Assert.Null(problem["refreshToken"]);
    }

    [Fact]
    public async Task The_ticket_with_the_authenticator_code_signs_in_and_cannot_be_used_again()
    {
        var (userName, authenticator) = await app.TwoFactorAccountAsync();
        using var api = app.NewApiSession();
        var ticket = await TicketAsync(api, userName);

        using var completed = await api.PostAsync("auth/token/two-factor", new { ticket, code = authenticator.Code() });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
        api.UseTokens(await completed.ReadJsonAsync());
        Assert.Equal(userName, (await (await api.GetAsync("me")).ReadJsonAsync())["userName"]!.GetValue<string>());

        using var again = await api.PostAsync("auth/token/two-factor", new { ticket, code = authenticator.Code() });
        Assert.Equal("Two-factor ticket is not valid", (await again.AssertProblemAsync(HttpStatusCode.Unauthorized))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_recovery_code_completes_a_two_factor_sign_in_once()
    {
        var (userName, authenticator) = await app.TwoFactorAccountAsync();
        using var api = app.NewApiSession();
        var recoveryCode = authenticator.RecoveryCodes[0];

        using var first = await api.PostAsync("auth/token/two-factor", new { ticket = await TicketAsync(api, userName), recoveryCode });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        using var second = await api.PostAsync("auth/token/two-factor", new { ticket = await TicketAsync(api, userName), recoveryCode });
        Assert.Equal("Wrong two-factor code", (await second.AssertProblemAsync(HttpStatusCode.Unauthorized))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_codes_count_toward_the_lockout()
    {
        var (userName, authenticator) = await app.TwoFactorAccountAsync();
        using var api = app.NewApiSession();
        var ticket = await TicketAsync(api, userName);

        for (var attempt = 1; attempt < 5; attempt++)
        {
            using var wrong = await api.PostAsync("auth/token/two-factor", new { ticket, code = "000000" == authenticator.Code() ? "111111" : "000000" });
            await wrong.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        using var fifth = await api.PostAsync("auth/token/two-factor", new { ticket, code = "not a code" });
        await fifth.AssertProblemAsync(HttpStatusCode.Locked);
        using var right = await api.PostAsync("auth/token/two-factor", new { ticket, code = authenticator.Code() });
        await right.AssertProblemAsync(HttpStatusCode.Locked);
    }

    [Fact]
    public async Task A_made_up_or_missing_ticket_or_code_gets_a_clear_answer()
    {
        var (userName, authenticator) = await app.TwoFactorAccountAsync();
        using var api = app.NewApiSession();
        var ticket = await TicketAsync(api, userName);

        using var forged = await api.PostAsync("auth/token/two-factor", new { ticket = ticket[..^3] + "abc", code = authenticator.Code() });
        await forged.AssertProblemAsync(HttpStatusCode.Unauthorized);
        using var garbage = await api.PostAsync("auth/token/two-factor", new { ticket = "garbage", code = authenticator.Code() });
        await garbage.AssertProblemAsync(HttpStatusCode.Unauthorized);
        using var noCode = await api.PostAsync("auth/token/two-factor", new { ticket });
        Assert.NotEmpty((await noCode.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("code"));
    }

    [Fact]
    public async Task The_openapi_document_describes_the_two_factor_step()
    {
        using var api = app.NewApiSession();
        var document = System.Text.Json.Nodes.JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

        var operation = document["paths"]?["/api/v1/auth/token/two-factor"]?["post"];
        Assert.Contains("ticket", operation?["summary"]?.GetValue<string>(), StringComparison.Ordinal);
        Assert.NotNull(operation?["responses"]?["200"]);
        Assert.NotNull(operation?["responses"]?["423"]);
        Assert.Empty(operation!["security"]!.AsArray());
        Assert.Contains("twoFactorRequired", document["paths"]?["/api/v1/auth/token"]?["post"]?["summary"]?.GetValue<string>(), StringComparison.Ordinal);
    }

    private static async Task<string> TicketAsync(ApiSession api, string userName)
    {
        using var response = await api.PostAsync("auth/token", new { userName, password = AccountSteps.Password });
        return (await response.AssertProblemAsync(HttpStatusCode.Unauthorized))["twoFactorTicket"]!.GetValue<string>();
    }
}
