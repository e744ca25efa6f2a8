using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class EditingTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_sender_edits_and_the_message_shows_as_edited()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "helo");

        using var edited = await ana.PatchAsync($"messages/{message["id"]}", new { text = "hello" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var seenByBen = (await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal("hello", seenByBen["text"]!.GetValue<string>());
        Assert.NotNull(seenByBen["editedAt"]);
    }

    [Fact]
    public async Task An_edit_with_a_control_character_is_refused()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "clean");

        using var edited = await ana.PatchAsync($"messages/{message["id"]}", new { text = "dirty \u0000" });

        var problem = await edited.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("control characters", problem.FieldErrors("text").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_edits_someone_elses_message()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "mine");

        using var response = await ben.PatchAsync($"messages/{message["id"]}", new { text = "yours" });

        await response.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Deleting_leaves_a_tombstone_and_only_the_sender_may_in_a_direct_chat()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "regret");

        await (await ben.Client.DeleteAsync($"/api/v1/messages/{message["id"]}")).AssertProblemAsync(HttpStatusCode.Forbidden);
        using var deleted = await ana.Client.DeleteAsync($"/api/v1/messages/{message["id"]}");
        using var again = await ana.Client.DeleteAsync($"/api/v1/messages/{message["id"]}");

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var tombstone = (await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!;
        Assert.Equal("", tombstone["text"]!.GetValue<string>());
        Assert.NotNull(tombstone["deletedAt"]);
        await (await ana.PatchAsync($"messages/{message["id"]}", new { text = "undo" })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task An_empty_edit_is_refused_and_the_text_stays()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "keep me");

        using var response = await ana.PatchAsync($"messages/{message["id"]}", new { text = "  " });

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("keep me", (await (await ana.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync())["items"]![0]!["text"]!.GetValue<string>());
    }
}
