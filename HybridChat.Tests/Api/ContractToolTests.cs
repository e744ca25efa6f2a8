using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Api;

// What a mobile developer does with /openapi/v1.json: lint it, generate a client, and use it.
public class ContractToolTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Redocly_finds_no_error_and_no_warning_in_the_document()
    {
        var document = await SaveDocumentAsync();

        var (exitCode, output, errors) = await ContractTools.RunAsync("redocly", "lint", document, "--config", "redocly.yaml", "--format=json");

        Assert.True(exitCode == 0, output + errors);
        var report = JsonNode.Parse(output)!;
        Assert.True(report["totals"]!["errors"]!.GetValue<int>() == 0 && report["totals"]!["warnings"]!.GetValue<int>() == 0,
            report["problems"]!.ToJsonString());
    }

    [Fact]
    public async Task A_client_generated_from_the_document_runs_the_main_flows_under_strict_TypeScript()
    {
        var baseUrl = app.StartKestrel().ToString().TrimEnd('/');
        var document = await SaveDocumentAsync();

        await AssertRunsAsync("openapi-typescript", document, "--output", Path.Combine("src", "generated", "api.d.ts"));
        await AssertRunsAsync("tsc", "--project", ".");
        var output = await AssertRunsAsync("node", Path.Combine("dist", "flow.js"), baseUrl);

        Assert.Contains("main flows passed", output, StringComparison.Ordinal);
    }

    private async Task<string> SaveDocumentAsync()
    {
        app.StartKestrel();
        using var api = app.NewApiSession();
        var path = Path.Combine(app.DataDirectory, "openapi-v1.json");
        Directory.CreateDirectory(app.DataDirectory);
        await File.WriteAllTextAsync(path, await api.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)));
        return path;
    }

    private static async Task<string> AssertRunsAsync(string tool, params string[] arguments)
    {
        var (exitCode, output, errors) = await ContractTools.RunAsync(tool, arguments);
        Assert.True(exitCode == 0, $"{tool} exited {exitCode}:\n{output}\n{errors}");
        return output;
    }
}
