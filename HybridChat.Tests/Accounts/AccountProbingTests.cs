using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

// Sign-in must not tell a stranger which accounts exist: not by its answer, not by its timing.
public class AccountProbingTests(ChatApp app) : IClassFixture<ChatApp>
{
    private const int Samples = 15;

    [Fact]
    public async Task The_token_call_takes_as_long_for_an_unknown_name_as_for_a_wrong_password()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        var (real, unknown) = await MediansAsync(
            () => api.PostAsync("auth/token", new { userName, password = "wrong password" }),
            () => api.PostAsync("auth/token", new { userName = AccountSteps.UniqueName("nobody"), password = "wrong password" }));

        AssertAlike(real, unknown);
    }

    [Fact]
    public async Task The_login_page_takes_as_long_for_an_unknown_name_as_for_a_wrong_password()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        using var loggedOut = await session.LogOutAsync();
        var page = await session.GetPageAsync("/Identity/Account/Login");

        var (real, unknown) = await MediansAsync(
            () => session.SubmitAsync(page, "#login-form", Login(userName)),
            () => session.SubmitAsync(page, "#login-form", Login(AccountSteps.UniqueName("nobody"))));

        AssertAlike(real, unknown);
    }

    [Fact]
    public async Task The_token_call_answers_an_unknown_name_exactly_like_a_wrong_password_before_and_after_lockout()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();
        var unknownName = AccountSteps.UniqueName("nobody");

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            using var real = await api.PostAsync("auth/token", new { userName, password = "wrong password" });
            using var unknown = await api.PostAsync("auth/token", new { userName = unknownName, password = "wrong password" });

            var expected = attempt < 5 ? HttpStatusCode.Unauthorized : HttpStatusCode.Locked;
            Assert.Equal(Shape(await real.AssertProblemAsync(expected)), Shape(await unknown.AssertProblemAsync(expected)));
        }
    }

    [Fact]
    public async Task The_login_page_answers_an_unknown_name_exactly_like_a_wrong_password_before_and_after_lockout()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();
        using var loggedOut = await session.LogOutAsync();
        var unknownName = AccountSteps.UniqueName("nobody");

        for (var attempt = 1; attempt <= 7; attempt++)
        {
            using var real = await session.LogInAsync(userName, "wrong password");
            using var unknown = await session.LogInAsync(unknownName, "wrong password");

            Assert.Equal(real.StatusCode, unknown.StatusCode);
            Assert.Equal(real.Headers.Location, unknown.Headers.Location);
            Assert.Equal(attempt < 5 ? HttpStatusCode.OK : HttpStatusCode.Redirect, unknown.StatusCode);
            if (unknown.StatusCode == HttpStatusCode.OK)
            {
                var realErrors = (await WebSession.ParseAsync(real)).QuerySelector(".form-errors")?.TextContent.Trim();
                Assert.Equal(realErrors, (await WebSession.ParseAsync(unknown)).QuerySelector(".form-errors")?.TextContent.Trim());
            }
        }
    }

    private static Dictionary<string, string> Login(string name) => new()
    {
        ["Input.UserNameOrEmail"] = name,
        ["Input.Password"] = "wrong password",
    };

    // Everything but the per-request trace id.
    private static string Shape(JsonObject problem) =>
        string.Join("|", problem.Where(p => p.Key != "traceId").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    // Interleaved, so both kinds of call see the same load on a shared machine.
    private static async Task<(double Real, double Unknown)> MediansAsync(Func<Task<HttpResponseMessage>> real, Func<Task<HttpResponseMessage>> unknown)
    {
        (await real()).Dispose();
        (await unknown()).Dispose();
        var realTimes = new List<double>();
        var unknownTimes = new List<double>();
        for (var i = 0; i < Samples; i++)
        {
            realTimes.Add(await TimeAsync(real));
            unknownTimes.Add(await TimeAsync(unknown));
        }

        return (Median(realTimes), Median(unknownTimes));
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call)
    {
        var watch = Stopwatch.StartNew();
        using var response = await call();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private static void AssertAlike(double real, double unknown)
    {
        var ratio = unknown / real;
        Assert.True(ratio is > 0.5 and < 2, $"Unknown names take {unknown:F1} ms, real ones {real:F1} ms (ratio {ratio:F2}).");
    }
}
