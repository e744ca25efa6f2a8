using System.Net;
using HybridChat.Tests.Infrastructure;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Accounts;

public sealed class RefreshStormTests : IAsyncDisposable
{
    // A server under load: every step that reads the clock takes a few milliseconds, which widens
    // the gaps between the statements of concurrent refreshes the way a busy database does. (SQLite
    // itself makes a blocked writer sleep, so without this the storm rarely interleaves here.)
    private readonly ChatApp app = new()
    {
        ConfigureHost = host => host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new SlowClock())),
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

            // The winner's successor escapes only when every loser revokes before it is saved, which
            // a pair of refreshes shows far more often than a crowd; so rounds alternate.
            var size = round % 2 == 0 ? 2 : 8;
            var storm = await Task.WhenAll(Enumerable.Range(0, size).Select(async i =>
            {
                await Task.Delay(i * 2);
                return await api.PostAsync("auth/refresh", new { refreshToken = stolen });
            }));

            var winners = storm.Where(r => r.StatusCode == HttpStatusCode.OK).ToList();
            Assert.True(winners.Count <= 1, $"Round {round}: {winners.Count} refreshes won.");
            Assert.All(storm.Except(winners), r => Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode));
            var family = new List<string> { stolen };
            foreach (var winner in winners)
            {
                family.Add((await winner.ReadJsonAsync())["refreshToken"]!.GetValue<string>());
            }

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
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();

    private sealed class SlowClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow()
        {
            Thread.Sleep(Random.Shared.Next(1, 8));
            return base.GetUtcNow();
        }
    }
}
