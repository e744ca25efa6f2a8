using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Data.Messaging;
using HybridChat.Jobs.Hosting;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Messages;

// @name of a group member mentions them: stored, returned by the API, marked in the html with
// their id, and told to them in the missed-message email even from a large group.
public class MentionTests(ChatApp app) : IClassFixture<ChatApp>
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_mention_of_a_member_is_stored_returned_and_marked_and_a_stranger_is_not_mentioned()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var stranger = await ApiPerson.SignUpAsync(app, "eve");

        var sent = await SendAsync(group.Owner, group.Id, $"hi @{group.Member.UserName}, @{stranger.UserName} and `@{group.OtherMember.UserName}`");

        Assert.Equal([group.Member.Id], MentionedIds(sent));
        Assert.False(sent["mentionsEveryone"]!.GetValue<bool>());
        var html = sent["html"]!.GetValue<string>();
        Assert.Contains($"<span class=\"mention\" data-mention=\"{group.Member.Id}\">@{group.Member.UserName}</span>,", html, StringComparison.Ordinal);
        Assert.Contains($" @{stranger.UserName} and", html, StringComparison.Ordinal);
        Assert.Contains($"<code>@{group.OtherMember.UserName}</code>", html, StringComparison.Ordinal);
        var seen = (await group.Member.JsonAsync($"conversations/{group.Id}/messages"))["items"]![0]!;
        Assert.Equal([group.Member.Id], MentionedIds(seen));
    }

    [Fact]
    public async Task An_edit_recomputes_the_mentions()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var sent = await SendAsync(group.Owner, group.Id, $"@{group.Member.UserName} and @{group.Admin.UserName}.");
        Assert.Equal(new[] { group.Admin.Id, group.Member.Id }.Order(), MentionedIds(sent));

        using var edited = await group.Owner.Api.PatchAsync($"messages/{sent["id"]}", new { text = $"@{group.Admin.UserName} and @{group.OtherMember.UserName}" });

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(new[] { group.Admin.Id, group.OtherMember.Id }.Order(), MentionedIds(await edited.ReadJsonAsync()));
        var seen = (await group.Member.JsonAsync($"conversations/{group.Id}/messages"))["items"]![0]!;
        Assert.Equal(new[] { group.Admin.Id, group.OtherMember.Id }.Order(), MentionedIds(seen));
    }

    [Fact]
    public async Task Anyone_mentions_everyone_in_a_small_group_and_only_admins_in_a_large_one()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var small = await SendAsync(group.Member, group.Id, "@everyone lunch?");
        Assert.True(small["mentionsEveryone"]!.GetValue<bool>());
        Assert.Contains("<span class=\"mention\" data-mention=\"everyone\">@everyone</span>", small["html"]!.GetValue<string>(), StringComparison.Ordinal);

        var more = new List<ApiPerson>();
        while (4 + more.Count <= MessageMentions.EveryoneOpenUpTo)
        {
            var person = await ApiPerson.SignUpAsync(app, "crowd");
            await group.Owner.BecomeFriendsAsync(person);
            using var added = await group.Owner.AddAsync(group.Id, person);
            Assert.True(added.IsSuccessStatusCode, $"Adding answered {added.StatusCode}.");
            more.Add(person);
        }

        var byMember = await SendAsync(group.Member, group.Id, "@everyone lunch?");
        var byAdmin = await SendAsync(group.Admin, group.Id, "@everyone lunch!");

        Assert.False(byMember["mentionsEveryone"]!.GetValue<bool>());
        Assert.DoesNotContain("mention", byMember["html"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(byAdmin["mentionsEveryone"]!.GetValue<bool>());
        more.ForEach(person => person.Dispose());
    }

    [Fact]
    public async Task Direct_chats_have_no_mentions()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();

        var sent = await ana.SendAsync(chat, $"@{ben.UserName} @everyone");

        Assert.Empty(MentionedIds(sent));
        Assert.False(sent["mentionsEveryone"]!.GetValue<bool>());
    }

    [Fact]
    public async Task The_composer_suggests_members_by_prefix_and_a_stranger_gets_404()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var olga = app.NewSession();
        await olga.LogInAsync(group.Owner.UserName);
        using var stranger = app.NewSession();
        await stranger.SignUpAsync("stranger");

        using var found = await olga.Client.GetAsync($"/conversations/{group.Id}/mention-suggestions?prefix={group.Member.UserName[..4]}");
        using var refused = await stranger.Client.GetAsync($"/conversations/{group.Id}/mention-suggestions?prefix=m");

        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        var names = JsonNode.Parse(await found.Content.ReadAsStringAsync())!.AsArray().Select(s => s!["userName"]!.GetValue<string>()).ToList();
        Assert.Contains(group.Member.UserName, names);
        Assert.DoesNotContain(group.Owner.UserName, names);
        Assert.DoesNotContain(group.Admin.UserName, names);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task The_missed_message_email_of_a_large_group_lists_the_messages_that_mention_the_person()
    {
        await using var mailing = new ChatApp();
        mailing.Settings["Jobs:MissedMessagesIdleMinutes"] = Idle.TotalMinutes.ToString(CultureInfo.InvariantCulture);
        mailing.Settings["Jobs:MissedMessagesSmallGroupSize"] = "3";
        using var group = await mailing.GroupWithEveryRoleAsync();
        await SendAsync(group.Owner, group.Id, "plain news for all");
        await SendAsync(group.Owner, group.Id, $"@{group.Member.UserName} can you look?");
        await Task.Delay(Idle * 1.5);

        await mailing.RunRecurringAsync(RecurringJobSchedule.MissedMessages);

        var mail = Assert.Single(await mailing.MailsToAsync($"{group.Member.UserName}@example.test"));
        Assert.Contains($"(mentioned you): @{group.Member.UserName} can you look?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("(mentioned you)", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("plain news", mail.TextBody, StringComparison.Ordinal);
        Assert.Empty(await mailing.MailsToAsync($"{group.OtherMember.UserName}@example.test"));
    }

    private static async Task<JsonObject> SendAsync(ApiPerson sender, int conversationId, string text) =>
        await sender.Api.SendAsync(conversationId, text);

    private static int[] MentionedIds(JsonNode message) =>
        [.. message["mentionedUserIds"]!.AsArray().Select(id => id!.GetValue<int>())];
}
