using System.Net;
using HybridChat.Data;
using HybridChat.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Accounts;

public class AccountInputLimitTests(ChatApp app) : IClassFixture<ChatApp>
{
    public static readonly TheoryData<string> UndeliverableAddresses = new()
    {
        $"{new string('a', 5000)}@example.test",
        $"{new string('a', 250)}@x.test",
        "a(b@x.test",
        "a b@x.test",
        "\"Ana\" <ana@x.test>",
    };

    [Theory]
    [MemberData(nameof(UndeliverableAddresses))]
    public async Task The_register_page_refuses_an_address_mail_cannot_be_sent_to(string email)
    {
        using var session = app.NewSession();

        using var response = await session.RegisterAsync(AccountSteps.UniqueName("mail"), email);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.False(string.IsNullOrEmpty(page.FieldError("Input.Email")));
    }

    [Theory]
    [MemberData(nameof(UndeliverableAddresses))]
    public async Task The_register_API_refuses_an_address_mail_cannot_be_sent_to(string email)
    {
        using var api = app.NewApiSession();

        using var response = await api.PostAsync("auth/register", new { userName = AccountSteps.UniqueName("mail"), email, password = AccountSteps.Password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("email"));
    }

    [Fact]
    public async Task A_too_long_email_is_refused_with_the_limit()
    {
        using var api = app.NewApiSession();

        using var response = await api.PostAsync("auth/register",
            new { userName = AccountSteps.UniqueName("mail"), email = $"{new string('a', 5000)}@example.test", password = AccountSteps.Password });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Email can be at most 254 characters.", problem.FieldErrors("email"));
    }

    [Fact]
    public async Task Names_longer_than_their_columns_are_refused_on_the_page_and_in_the_API()
    {
        using var session = app.NewSession();
        var page = await session.GetPageAsync("/Identity/Account/Register");
        using var web = await session.SubmitAsync(page, "#register-form", new Dictionary<string, string>
        {
            ["Input.UserName"] = new string('u', 5000),
            ["Input.Email"] = $"{AccountSteps.UniqueName("long")}@example.test",
            ["Input.DisplayName"] = new string('d', 5000),
            ["Input.Password"] = AccountSteps.Password,
            ["Input.ConfirmPassword"] = AccountSteps.Password,
        });
        using var api = app.NewApiSession();
        using var json = await api.PostAsync("auth/register", new
        {
            userName = new string('u', 5000),
            email = $"{AccountSteps.UniqueName("long")}@example.test",
            password = AccountSteps.Password,
            displayName = new string('d', 5000),
        });

        var form = await WebSession.ParseAsync(web);
        Assert.Equal(HttpStatusCode.OK, web.StatusCode);
        Assert.Contains("at most 32 characters", form.FieldError("Input.UserName"), StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", form.FieldError("Input.DisplayName"), StringComparison.Ordinal);
        var problem = await json.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("at most 32 characters", problem.FieldErrors("userName").Single(), StringComparison.Ordinal);
        Assert.Contains("at most 64 characters", problem.FieldErrors("displayName").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a(b@x.test")]
    [InlineData("a b@x.test")]
    public async Task Forgot_password_for_an_account_holding_an_undeliverable_address_answers_as_usual_and_sends_nothing(string address)
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync("legacy");
        await GiveAddressAsync(userName, address);
        using var session = app.NewSession();

        using var viaApi = await api.PostAsync("auth/forgot-password", new { email = address });
        await session.OpenAndSubmitAsync("/Identity/Account/ForgotPassword", "#forgot-password-form",
            new Dictionary<string, string> { ["Input.Email"] = address }, HttpStatusCode.Redirect);

        Assert.Equal(HttpStatusCode.Accepted, viaApi.StatusCode);
        Assert.Empty(await app.MailsToAsync(address));
    }

    // An account from before addresses were checked, written past today's rules.
    private async Task GiveAddressAsync(string userName, string address)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ChatDbContext>();
        await db.Users.Where(u => u.UserName == userName).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.Email, address)
            .SetProperty(u => u.NormalizedEmail, address.ToUpperInvariant()));
    }
}
