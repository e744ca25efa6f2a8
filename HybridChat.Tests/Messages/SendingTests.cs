using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class SendingTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_same_client_message_id_twice_stores_one_message()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var first = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "retry-1", text = "hello" });
        using var retry = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "retry-1", text = "hello" });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal((await first.ReadJsonAsync())["id"]!.GetValue<long>(), (await retry.ReadJsonAsync())["id"]!.GetValue<long>());
        Assert.Single((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Concurrent_sends_with_one_client_message_id_store_one_message()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "double-click", text = "once" })));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var ids = await Task.WhenAll(responses.Select(async r => (await r.ReadJsonAsync())["id"]!.GetValue<long>()));
        Assert.Single(ids.Distinct());
        Assert.Single((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public async Task Empty_or_blank_text_is_refused_and_nothing_is_stored(string text)
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var response = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = Guid.NewGuid().ToString(), text });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("text"));
        Assert.Empty((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Text_over_the_limit_is_refused()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var response = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "long", text = new string('a', 4001) });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("4000", problem.FieldErrors("text").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nul \u0000 inside")]
    [InlineData("bell \u0007 and escape \u001b[31m")]
    [InlineData("next line \u0085")]
    public async Task Control_characters_are_refused_and_nothing_is_stored(string text)
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var response = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = Guid.NewGuid().ToString(), text });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("control characters", problem.FieldErrors("text").Single(), StringComparison.Ordinal);
        Assert.Empty((await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_kept()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        var sent = await ana.SendAsync(chat, "one\tcolumn\r\nnext line\nlast");

        Assert.Equal("one\tcolumn\r\nnext line\nlast", sent["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_client_message_id_is_refused()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var response = await ana.PostAsync($"conversations/{chat}/messages", new { text = "no id" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("clientMessageId"));
    }

    [Fact]
    public async Task Blocking_stops_direct_messages_both_ways()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using (await ben.Client.PutAsync($"/api/v1/blocks/{await ana.IdAsync()}", null))
        {
        }

        using var fromAna = await ana.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "a", text = "hi?" });
        using var fromBen = await ben.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "b", text = "hi?" });

        await fromAna.AssertProblemAsync(HttpStatusCode.Forbidden);
        await fromBen.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_stranger_cannot_read_or_post_in_a_conversation()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "private");
        using var stranger = App.NewApiSession();
        await stranger.SignUpAsync("stranger");

        await (await stranger.GetAsync($"conversations/{chat}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"conversations/{chat}/messages")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"conversations/{chat}/messages", new { clientMessageId = "x", text = "in" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PatchAsync($"messages/{message["id"]}", new { text = "mine now" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/v1/messages/{message["id"]}")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"messages/{message["id"]}/receipts")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.PostAsync($"conversations/{chat}/read", new { upToMessageId = 1 })).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private ChatApp App => app;
}
