using HybridChat.Bench.App;
using HybridChat.Bench.Baselines;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench;

// Everything a scenario needs: the app and its people, the baseline server, the report.
internal sealed class BenchContext(BenchOptions options, ChatAppProcess app, BaselineProcess baseline, BenchPopulation people,
    AccessTokenMinter tokens, BenchReport report) : IDisposable
{
    public BenchOptions Options => options;

    public ChatAppProcess App => app;

    public BaselineProcess Baseline => baseline;

    public BenchPopulation People => people;

    public AccessTokenMinter Tokens => tokens;

    public BenchReport Report => report;

    public ChatApi Api { get; } = new(BenchHttp.Create(app.BaseAddress));

    public HttpClient NewAppClient(int maxConnections = int.MaxValue) => BenchHttp.Create(app.BaseAddress, maxConnections);

    public HttpClient NewBaselineClient(int maxConnections = int.MaxValue) => BenchHttp.Create(baseline.BaseAddress, maxConnections);

    public void Dispose() => Api.Http.Dispose();
}
