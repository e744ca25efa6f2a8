using System.Data.Common;
using System.Net;
using HybridChat.Data;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Accounts;

public sealed class RefreshStormTests : IAsyncDisposable
{
    // During a storm the refresh that wins the claim pauses before it saves the successor, until the
    // losers have answered: the worst interleaving, which a busy server produces now and then.
    private readonly PauseAfterWinningClaim pause = new();
    private readonly ChatApp app;

    public RefreshStormTests() => app = new ChatApp
    {
        ConfigureHost = host => host.ConfigureTestServices(services =>
            services.AddSingleton<IInterceptor>(pause)),
    };

    [Fact]
    public async Task After_a_storm_of_concurrent_refreshes_with_one_token_no_token_of_that_sign_in_refreshes_again()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        for (var round = 0; round < 20; round++)
        {
            await api.SignInAsync(userName);
            var stolen = api.RefreshToken!;

            var storm = await StormAsync(api, stolen);

            var winners = storm.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            Assert.True(winners.Count <= 1, $"Round {round}: {winners.Count} refreshes won.");
            Assert.All(storm.Except(winners), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
            // The winner's new token first: presenting the stolen one again would itself revoke the family.
            var family = new List<string>();
            foreach (var winner in winners)
            {
                family.Add((await winner.ReadJsonAsync())["refreshToken"]!.GetValue<string>());
            }

            family.Add(stolen);

            foreach (var token in family)
            {
                using var later = await api.PostAsync("auth/refresh", new { refreshToken = token });
                Assert.True(later.StatusCode == HttpStatusCode.Unauthorized, $"Round {round}: a token of the family still refreshes.");
            }

            foreach (var response in storm)
            {
                response.Dispose();
            }
        }

        Assert.Equal(20, pause.Pauses);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private async Task<HttpResponseMessage[]> StormAsync(ApiSession api, string token)
    {
        var gate = pause.Arm();
        var calls = Enumerable.Range(0, 8).Select(_ => api.PostAsync("auth/refresh", new { refreshToken = token })).ToList();
        var unanswered = calls.ToList();
        while (unanswered.Count > 1)
        {
            unanswered.Remove(await Task.WhenAny(unanswered));
        }

        gate.TrySetResult();
        return await Task.WhenAll(calls);
    }

    private sealed class PauseAfterWinningClaim : DbCommandInterceptor
    {
        private TaskCompletionSource? gate;

        public int Pauses { get; private set; }

        public TaskCompletionSource Arm() => gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public override async ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
            CancellationToken cancellationToken = default)
        {
            if (result == 1 && command.CommandText.Contains("SET \"UsedAt\"", StringComparison.Ordinal)
                && Interlocked.Exchange(ref gate, null) is { } held)
            {
                Pauses++;
                await held.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
            }

            return result;
        }
    }
}
