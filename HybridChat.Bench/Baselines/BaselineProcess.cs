using System.Diagnostics;
using System.Globalization;
using HybridChat.Bench.Infrastructure;

namespace HybridChat.Bench.Baselines;

// Starts this very executable as `serve-baseline` on a free loopback port.
internal sealed class BaselineProcess(ChildProcess process, Uri baseAddress) : IAsyncDisposable
{
    public ChildProcess Process => process;

    public Uri BaseAddress => baseAddress;

    public static async Task<BaselineProcess> StartAsync(string workDirectory, CancellationToken cancellationToken)
    {
        var port = FreePort.Next();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        var self = Environment.ProcessPath ?? "dotnet";
        var startInfo = new ProcessStartInfo(self);
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            startInfo.ArgumentList.Add(typeof(BaselineProcess).Assembly.Location);
        }

        startInfo.ArgumentList.Add(BaselineServer.Command);
        startInfo.ArgumentList.Add("--urls");
        startInfo.ArgumentList.Add(baseAddress.ToString().TrimEnd('/'));
        startInfo.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var child = ChildProcess.Start(startInfo, Path.Combine(workDirectory, "baseline.log"));
        await child.WaitUntilServingAsync(new Uri(baseAddress, BaselineServer.PlaintextPath), cancellationToken);
        return new BaselineProcess(child, baseAddress);
    }

    public ValueTask DisposeAsync() => process.DisposeAsync();
}
