using System.Net;
using HybridChat.Bench.App;
using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// Requests per second of the cheapest authenticated call (GET /api/v1/me with a bearer token) over
// a fixed number of connections, against a bare plaintext endpoint over as many.
internal sealed class AuthenticatedCallScenario : IScenario
{
    private const double Goal = 0.3;

    public string Name => "me";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var token = context.Tokens.For(context.People.Template);
        using var appClient = context.NewAppClient(options.ApiConnections);
        using var plainClient = context.NewBaselineClient(options.ApiConnections);
        var app = await MeasureAsync(options, () => ChatApi.Authorized(HttpMethod.Get, "/api/v1/me", token), appClient, cancellationToken);
        var plain = await MeasureAsync(options, () => new HttpRequestMessage(HttpMethod.Get, BaselineServer.PlaintextPath), plainClient, cancellationToken);
        if (app.Failed > 0 || plain.Failed > 0)
        {
            context.Report.Fail($"GET /api/v1/me failed {app.Failed} times, plaintext {plain.Failed} times");
        }

        var ratio = app.PerSecond / plain.PerSecond;
        context.Report.Add(new ResultRow(
            $"GET /api/v1/me, {options.ApiConnections} connections",
            $"{BenchReport.Format(app.PerSecond)} req/s",
            $"bare plaintext {BenchReport.Format(plain.PerSecond)} req/s",
            ratio,
            ">= 0.3x plaintext",
            ratio >= Goal,
            new Dictionary<string, double> { ["connections"] = options.ApiConnections, ["appPerSecond"] = app.PerSecond, ["plaintextPerSecond"] = plain.PerSecond }));
    }

    private static async Task<LoadResult> MeasureAsync(BenchOptions options, Func<HttpRequestMessage> request, HttpClient http,
        CancellationToken cancellationToken)
    {
        Task<bool> Call(int worker, CancellationToken token) => CallAsync(http, request, token);
        await LoadLoop.RunAsync(options.ApiConnections, options.ApiWindow / 4, Call, cancellationToken);
        return await LoadLoop.RunAsync(options.ApiConnections, options.ApiWindow, Call, cancellationToken);
    }

    private static async Task<bool> CallAsync(HttpClient http, Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        using var message = request();
        using var response = await http.SendAsync(message, cancellationToken);
        await response.Content.CopyToAsync(Stream.Null, cancellationToken);
        return response.StatusCode == HttpStatusCode.OK;
    }
}
