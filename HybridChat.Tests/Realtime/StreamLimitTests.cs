using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Realtime;

// What one user may cost the server: a bounded number of open streams, and typing notices that
// reach the room no more often than the throttle allows however fast they are posted.
public sealed class StreamLimitTests : IAsyncLifetime
{
    private const int PresenceBatchMilliseconds = 200;

    private readonly LiveApp live = new();

    private ChatApp App => live.App;

    public async ValueTask InitializeAsync()
    {
        live.App.Settings["Realtime:MaxStreamsPerUser"] = "3";
        live.App.Settings["Realtime:PresenceBatchMilliseconds"] = PresenceBatchMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await live.InitializeAsync();
    }

    public ValueTask DisposeAsync() => live.DisposeAsync();

    [Fact]
    public async Task A_user_beyond_the_stream_cap_is_refused_with_429_until_a_stream_closes()
    {
        var (_, ben, _) = await App.TwoFriendsInAChatAsync();
        var open = new List<EventStreamClient>();
        for (var i = 0; i < 3; i++)
        {
            open.Add(await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!));
        }

        using (var refused = await OpenRawAsync(ben))
        {
            var problem = await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
            Assert.Contains("3", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.NotNull(refused.Headers.RetryAfter);
        }

        await open[0].DisposeAsync();
        await WaitUntilAsync(async () =>
        {
            using var again = await OpenRawAsync(ben);
            return again.StatusCode == HttpStatusCode.OK;
        });
        foreach (var stream in open.Skip(1))
        {
            await stream.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_burst_of_typing_posts_reaches_the_other_member_only_as_often_as_the_throttle_allows()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        var clock = Stopwatch.StartNew();
        for (var batch = 0; batch < 20; batch++)
        {
            var posts = Enumerable.Range(0, 25).Select(async _ =>
            {
                using var response = await ana.PostAsync($"conversations/{chat}/typing", new { });
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            });
            await Task.WhenAll(posts);
        }

        var burst = clock.Elapsed;
        await ana.SendAsync(chat, "the end of the burst");
        var typing = 0;
        while ((await benStream.NextAsync()) is var next && next.Type != "message.created")
        {
            typing += next.Type == "typing" ? 1 : 0;
        }

        Assert.InRange(typing, 1, (int)(burst.TotalSeconds / 2) + 1);
    }

    [Fact]
    public async Task Blocking_hides_presence_both_ways_even_in_a_shared_group()
    {
        var carl = await ApiPerson.SignUpAsync(App, "carl");
        var ana = await ApiPerson.SignUpAsync(App, "ana");
        var ben = await ApiPerson.SignUpAsync(App, "ben");
        var group = await carl.CreateGroupAsync("Shared", "private", ana, ben);
        using (var blocked = await ben.PutAsync($"blocks/{ana.Id}"))
        {
            Assert.True(blocked.IsSuccessStatusCode);
        }

        await using var carlStream = await EventStreamClient.OpenAsync(carl.Api.Client, carl.Api.AccessToken!);
        var benStream = await EventStreamClient.OpenAsync(ben.Api.Client, ben.Api.AccessToken!);
        Assert.Equal(ben.Id, Assert.Single((await carlStream.NextAsync("presence.changed")).PresenceUsers)["userId"]!.GetValue<int>());
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Api.Client, ana.Api.AccessToken!);
        Assert.Equal(ana.Id, Assert.Single((await carlStream.NextAsync("presence.changed")).PresenceUsers)["userId"]!.GetValue<int>());

        // Presence goes out in batches: one that leaked to Ben would have left with Carl's.
        await Task.Delay(3 * PresenceBatchMilliseconds);
        await carl.Api.SendAsync(group, "first sentinel");
        Assert.DoesNotContain(ana.Id, await PresenceUntilMessageAsync(benStream));
        await benStream.DisposeAsync();
        Assert.Equal(ben.Id, Assert.Single((await carlStream.NextAsync("presence.changed")).PresenceUsers)["userId"]!.GetValue<int>());
        await Task.Delay(3 * PresenceBatchMilliseconds);
        await carl.Api.SendAsync(group, "second sentinel");

        Assert.DoesNotContain(ben.Id, await PresenceUntilMessageAsync(anaStream));
        var members = await WebPageAsync(ana, $"/conversations/{group}/members");
        Assert.DoesNotContain($"data-presence-user=\"{ben.Id}\"", members, StringComparison.Ordinal);
        Assert.Contains($"data-presence-user=\"{carl.Id}\"", members, StringComparison.Ordinal);
        // Ben, who blocked Ana, still finds her page, but not whether she is online.
        Assert.DoesNotContain($"data-presence-user=\"{ana.Id}\"", await WebPageAsync(ben, $"/people/{ana.Id}"), StringComparison.Ordinal);
        Assert.Contains($"data-presence-user=\"{carl.Id}\"", await WebPageAsync(ben, $"/people/{carl.Id}"), StringComparison.Ordinal);
    }

    // Whose presence the stream told about before the next message arrived.
    private static async Task<List<int>> PresenceUntilMessageAsync(EventStreamClient stream)
    {
        var users = new List<int>();
        while (await stream.NextAsync() is var next && next.Type != "message.created")
        {
            if (next.Type == "presence.changed")
            {
                users.AddRange(next.PresenceUsers.Select(u => u["userId"]!.GetValue<int>()));
            }
        }

        return users;
    }

    [Fact]
    public async Task When_a_whole_group_comes_online_at_once_each_member_hears_a_few_batched_events_with_everyone()
    {
        var owner = await ApiPerson.SignUpAsync(App, "host");
        var members = new List<ApiPerson>();
        for (var i = 0; i < 24; i++)
        {
            members.Add(await ApiPerson.SignUpAsync(App, "guest"));
        }

        await owner.CreateGroupAsync("Storm", "private", [.. members]);
        await using var ownerStream = await EventStreamClient.OpenAsync(owner.Api.Client, owner.Api.AccessToken!);

        var clock = Stopwatch.StartNew();
        var streams = await Task.WhenAll(members.Select(m => EventStreamClient.OpenAsync(m.Api.Client, m.Api.AccessToken!)));
        var storm = clock.Elapsed;
        var online = new HashSet<int>();
        var events = 0;
        while (online.Count < members.Count)
        {
            var next = await ownerStream.NextAsync("presence.changed");
            events++;
            online.UnionWith(next.PresenceUsers.Where(u => u["isOnline"]!.GetValue<bool>()).Select(u => u["userId"]!.GetValue<int>()));
        }

        Assert.Equal(members.Select(m => m.Id).ToHashSet(), online);
        // Every member came online before their stream answered: at most one batch per window since.
        Assert.InRange(events, 1, (int)(storm.TotalMilliseconds / PresenceBatchMilliseconds) + 2);
        foreach (var stream in streams)
        {
            await stream.DisposeAsync();
        }
    }

    private async Task<string> WebPageAsync(ApiPerson person, string path)
    {
        using var browser = App.NewSession();
        await browser.LogInAsync(person.UserName);
        using var response = await browser.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> OpenRawAsync(ApiSession session)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var response = await session.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        return response;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100);
        }

        Assert.Fail("The condition never became true.");
    }
}
