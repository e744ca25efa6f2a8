using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Realtime;

// Two nodes behind one balancer: whichever node a client lands on, it sees the same chat.
public class SeveralNodesTests(Cluster cluster) : IClassFixture<Cluster>
{
    private TwoNodes Nodes => cluster.Nodes;

    [Fact]
    public async Task A_user_streaming_from_node_two_receives_what_a_user_on_node_one_sends_in_order_and_once()
    {
        var (ana, ben, chat) = await Nodes.TwoFriendsOnTwoNodesAsync();
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        var texts = Enumerable.Range(1, 20).Select(i => $"hello {i}").ToList();

        foreach (var text in texts)
        {
            await ana.SendAsync(chat, text);
        }

        await ana.SendAsync(chat, "the end");
        Assert.Equal([.. texts, "the end"], await benStream.TextsOfNextMessagesAsync(texts.Count + 1));
        ana.Dispose();
        ben.Dispose();
    }

    [Fact]
    public async Task Typing_on_node_one_reaches_a_stream_on_node_two()
    {
        var (ana, ben, chat) = await Nodes.TwoFriendsOnTwoNodesAsync();
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        using (var typing = await ana.PostAsync($"conversations/{chat}/typing", new { }))
        {
            Assert.True(typing.IsSuccessStatusCode);
        }

        var seen = await benStream.NextAsync("typing");
        Assert.Equal(await ana.IdAsync(), seen.Data["userId"]!.GetValue<int>());
        ana.Dispose();
        ben.Dispose();
    }

    [Fact]
    public async Task A_cookie_and_an_antiforgery_token_issued_by_node_one_work_on_node_two()
    {
        var cookies = new CookieContainer();
        using var first = new WebSession(ClientOf(Nodes.First, cookies));
        using var second = new WebSession(ClientOf(Nodes.Second, cookies));
        var userName = await first.SignUpAsync("roamer");
        var formFromFirst = await first.GetPageAsync("/profile");

        var home = await second.GetPageAsync("/");
        using var saved = await second.SubmitAsync(formFromFirst, "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "Roaming", ["Bio"] = "", ["LastSeenVisibility"] = "Friends" });

        Assert.Equal($"Hello, {userName}", home.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var profile = await first.GetPageAsync("/profile");
        Assert.Equal("Roaming", profile.QuerySelector<IHtmlInputElement>("#DisplayName")?.Value);
    }

    [Fact]
    public async Task A_user_with_a_tab_on_each_node_stays_online_until_both_close()
    {
        var (ana, ben, _) = await Nodes.TwoFriendsOnTwoNodesAsync();
        var anaId = await ana.IdAsync();
        using var anaOnSecond = await ana.SignInOnAsync(Nodes.Second);
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);
        var tabOnFirst = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        Assert.True(await NextPresenceOfAsync(benStream, anaId));
        var tabOnSecond = await EventStreamClient.OpenAsync(anaOnSecond.Client, anaOnSecond.AccessToken!);

        await tabOnFirst.DisposeAsync();
        await WaitUntilClosedAsync(ana);

        Assert.True(await IsOnlineAsFriendSeesAsync(ben, Nodes.First, anaId));
        await tabOnSecond.DisposeAsync();
        Assert.False(await NextPresenceOfAsync(benStream, anaId));
        Assert.False(await IsOnlineAsFriendSeesAsync(ben, Nodes.First, anaId));
        ana.Dispose();
        ben.Dispose();
    }

    [Fact]
    public async Task The_stream_cap_counts_a_users_streams_on_every_node()
    {
        var (ana, _, _) = await Nodes.TwoFriendsOnTwoNodesAsync();
        using var anaOnSecond = await ana.SignInOnAsync(Nodes.Second);
        await using var onFirst = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await using var onSecond = await EventStreamClient.OpenAsync(anaOnSecond.Client, anaOnSecond.AccessToken!);
        Assert.Equal(2, Cluster.MaxStreamsPerUser);

        using var refused = await OpenRawAsync(ana);

        await refused.AssertProblemAsync(HttpStatusCode.TooManyRequests);
        ana.Dispose();
    }

    [Fact]
    public async Task Through_nginx_taking_turns_between_the_nodes_a_browser_and_two_apps_work_as_with_one()
    {
        await using var nginx = await NginxProxy.StartAsync(Nodes.First.Address, Nodes.Second.Address);
        using var browser = new WebSession(new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = nginx.Address });
        using var ana = new ApiSession(new HttpClient { BaseAddress = nginx.Address });
        using var ben = new ApiSession(new HttpClient { BaseAddress = nginx.Address });
        await ana.SignUpAsync("ana");
        await ben.SignUpAsync("ben");
        await ana.BefriendAsync(ben);
        var chat = await ana.OpenDirectChatAsync(ben);
        await using var benStream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        await browser.SignUpAsync("browser");
        using var saved = await browser.SubmitAsync(await browser.GetPageAsync("/profile"), "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "Balanced", ["Bio"] = "", ["LastSeenVisibility"] = "Friends" });
        var texts = Enumerable.Range(1, 10).Select(i => $"turn {i}").ToList();
        foreach (var text in texts)
        {
            await ana.SendAsync(chat, text);
        }

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(texts, await benStream.TextsOfNextMessagesAsync(texts.Count));
    }

    // The node has let go of the closed tab once it admits a stream in its place under the cap of two.
    private static async Task WaitUntilClosedAsync(ApiSession api) =>
        await ClusterSteps.WaitUntilAsync(async () =>
        {
            using var probe = await OpenRawAsync(api);
            return probe.StatusCode == HttpStatusCode.OK;
        }, "the closed tab's node let it go");

    private static async Task<bool> NextPresenceOfAsync(EventStreamClient stream, int userId)
    {
        while (true)
        {
            var users = (await stream.NextAsync("presence.changed")).PresenceUsers;
            if (users.FirstOrDefault(u => u["userId"]!.GetValue<int>() == userId) is { } user)
            {
                return user["isOnline"]!.GetValue<bool>();
            }
        }
    }

    private static async Task<bool> IsOnlineAsFriendSeesAsync(ApiSession friend, PublishedApp node, int userId)
    {
        using var there = await friend.SignInOnAsync(node);
        var friends = await (await there.GetAsync("friends")).ReadJsonAsync();
        var user = friends["items"]!.AsArray().Single(f => f!["id"]!.GetValue<int>() == userId);
        return user!["isOnline"]!.GetValue<bool>();
    }

    private static HttpClient ClientOf(PublishedApp node, CookieContainer cookies) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, CookieContainer = cookies, UseCookies = true }) { BaseAddress = node.Address };

    private static async Task<HttpResponseMessage> OpenRawAsync(ApiSession api)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", api.AccessToken);
        return await api.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
    }
}
