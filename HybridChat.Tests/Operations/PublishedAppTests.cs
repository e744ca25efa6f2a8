using System.Net;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Operations;

// The published build, run as its own process in Production the way an operator runs it.
public class PublishedAppTests
{
    [Fact]
    public async Task A_sign_in_and_an_antiforgery_token_from_before_a_restart_still_work_after_it()
    {
        await using var app = new PublishedApp();
        await app.StartAsync();
        using var session = app.NewSession();
        var userName = await session.SignUpAsync("restart");
        var formBeforeRestart = await session.GetPageAsync("/profile");

        await app.RestartAsync();

        var home = await session.GetPageAsync("/");
        Assert.Equal($"Hello, {userName}", home.QuerySelector("h1")?.TextContent);
        using var saved = await session.SubmitAsync(formBeforeRestart, "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "Still Me", ["Bio"] = "", ["LastSeenVisibility"] = "Friends" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var profile = await session.GetPageAsync("/profile");
        Assert.Equal("Still Me", profile.QuerySelector<IHtmlInputElement>("#DisplayName")?.Value);
    }

    [Theory]
    [InlineData("Auth__SigningKey", "Auth:SigningKey")]
    [InlineData("App__PublicUrl", "App:PublicUrl")]
    public async Task Without_a_required_setting_the_app_refuses_to_start_with_one_line_naming_it(string variable, string setting)
    {
        await using var app = new PublishedApp();
        app.Environment[variable] = null;

        var exitCode = await app.RunUntilExitAsync();

        Assert.Equal(1, exitCode);
        var reason = Assert.Single(app.Output, line => line.Contains("cannot start", StringComparison.Ordinal));
        Assert.StartsWith($"HybridChat cannot start: {setting}", reason, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Output, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_server_database_without_a_connection_string_stops_the_start_naming_it()
    {
        await using var app = new PublishedApp();
        app.Environment["Database__Provider"] = "SqlServer";
        app.Environment["ConnectionStrings__Chat"] = null;

        Assert.Equal(1, await app.RunUntilExitAsync());

        Assert.Contains(app.Output, line => line.StartsWith("HybridChat cannot start: ConnectionStrings:Chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Health_answers_and_ready_fails_while_the_database_file_is_unreadable()
    {
        Assert.SkipWhen(TestDatabase.IsPostgreSql, "Replaces the SQLite file; on PostgreSQL the next test closes the database instead.");
        await using var app = new PublishedApp();
        await app.StartAsync();
        using var client = app.NewClient();

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));

        // Root reads files whatever their mode, and SQLite reads recent pages from the write-ahead log
        // rather than a damaged file: a directory in the file's place is what nobody can open.
        var aside = app.DatabaseFile + ".aside";
        File.Move(app.DatabaseFile, aside);
        Directory.CreateDirectory(app.DatabaseFile);
        using (var broken = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, broken.StatusCode);
            Assert.Equal("Unhealthy", await broken.Content.ReadAsStringAsync());
        }

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));
        Directory.Delete(app.DatabaseFile);
        File.Move(aside, app.DatabaseFile);
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    [Fact]
    public async Task Health_answers_and_ready_fails_while_the_PostgreSQL_database_refuses_connections()
    {
        Assert.SkipUnless(TestDatabase.IsPostgreSql, "Runs when the suite runs on PostgreSQL (HYBRIDCHAT_TEST_DATABASE=PostgreSql).");
        await using var app = new PublishedApp();
        await app.StartAsync();
        using var client = app.NewClient();
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));

        await TestDatabase.AllowConnectionsAsync(app.DataDirectory, allow: false);
        using (var closed = await client.GetAsync(new Uri("/health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, closed.StatusCode);
            Assert.Equal("Unhealthy", await closed.Content.ReadAsStringAsync());
        }

        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/live", UriKind.Relative)));
        await TestDatabase.AllowConnectionsAsync(app.DataDirectory, allow: true);
        Assert.Equal("Healthy", await client.GetStringAsync(new Uri("/health/ready", UriKind.Relative)));
    }

    [Fact]
    public async Task On_its_own_port_the_metrics_answer_anyone_there_and_nobody_on_the_site()
    {
        await using var app = new PublishedApp();
        var metricsAddress = new Uri($"http://127.0.0.1:{PublishedApp.FreePort()}");
        app.Environment["ASPNETCORE_URLS"] = $"{app.Address};{metricsAddress}";
        app.Environment["Metrics__Port"] = metricsAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await app.StartAsync();
        using var site = app.NewClient();
        using var metrics = app.NewClient(metricsAddress);

        using var onSite = await site.GetAsync(new Uri("/metrics", UriKind.Relative));
        var scraped = await metrics.GetStringAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, onSite.StatusCode);
        Assert.Contains("http_server_request_duration_seconds", scraped, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_logs_are_json_lines_with_the_user_and_trace_and_no_secrets()
    {
        await using var app = new PublishedApp();
        await app.StartAsync();
        using var session = app.NewSession();
        await session.SignUpAsync("logged");

        await session.GetPageAsync("/profile");
        await app.StopAsync();

        var requests = app.Output.Where(line => line.StartsWith('{'))
            .Select(line => JsonNode.Parse(line)!.AsObject())
            .Where(entry => entry["Category"]?.GetValue<string>() == "HybridChat.Requests")
            .ToList();
        var profile = Assert.Single(requests, entry => entry["State"]?["Path"]?.GetValue<string>() == "/profile");
        Assert.Matches("^[0-9]+$", profile["State"]!["UserId"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", profile["State"]!["TraceId"]!.GetValue<string>());
        Assert.DoesNotContain(app.Output, line => line.Contains(AccountSteps.Password, StringComparison.Ordinal));
    }
}
