using System.Net;
using System.Net.Http.Json;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Accounts;

public class AccountDeletionApiTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task Deleting_an_account_needs_its_password()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");

        using var wrong = await DeleteAsync(ana, "not my password");
        Assert.NotEmpty((await wrong.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("password"));
        using var missing = await ana.Api.SendRawAsync(HttpMethod.Delete, "me", "{}");
        Assert.NotEmpty((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("password"));

        Assert.Equal(HttpStatusCode.OK, (await ana.GetAsync("me")).StatusCode);
    }

    [Fact]
    public async Task A_deleted_account_signs_in_like_an_unknown_name_and_its_refresh_tokens_stop_working()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        var refreshToken = ana.Api.RefreshToken!;

        using var deleted = await DeleteAsync(ana, AccountSteps.Password);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);

        using var signIn = await ana.PostAsync("auth/token", new { userName = ana.UserName, password = AccountSteps.Password });
        Assert.Equal("Wrong user name or password", (await signIn.AssertProblemAsync(HttpStatusCode.Unauthorized))["title"]!.GetValue<string>());
        using var refresh = await ana.PostAsync("auth/refresh", new { refreshToken });
        await refresh.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_friend_keeps_the_direct_chat_history_shown_as_from_a_deleted_user_but_cannot_write_to_it()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await ana.BecomeFriendsAsync(ben);
        var chatId = await ben.Api.OpenDirectChatAsync(ana.Api);
        await ben.Api.SendAsync(chatId, "Keep this, please.");

        using (var deleted = await DeleteAsync(ben, AccountSteps.Password))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var rename = await ben.Api.PatchAsync("me", new { displayName = "Ben is back" }))
        {
            await rename.AssertProblemAsync(HttpStatusCode.Unauthorized);
        }

        var message = (await ana.JsonAsync($"conversations/{chatId}/messages"))["items"]!.AsArray().Single()!;
        Assert.Equal("Keep this, please.", message["text"]!.GetValue<string>());
        Assert.Equal("Deleted user", message["sender"]!["displayName"]!.GetValue<string>());
        Assert.DoesNotContain(ben.UserName, message.ToJsonString(), StringComparison.Ordinal);
        Assert.Empty(await ana.FriendIdsAsync());
        var listed = (await ana.JsonAsync("conversations"))["items"]!.AsArray().Single(c => c!["id"]!.GetValue<int>() == chatId)!;
        Assert.Equal("Deleted user", listed["title"]!.GetValue<string>());
        using var reply = await ana.PostAsync($"conversations/{chatId}/messages", new { clientMessageId = "after", text = "Hello?" });
        await reply.AssertProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_group_keeps_the_owners_messages_hears_member_removed_and_gets_a_new_owner()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        await group.Owner.Api.SendAsync(group.Id, "I made this group.");
        await using var members = await EventStreamClient.OpenAsync(group.Member.Api.Client, group.Member.Api.AccessToken!);

        using (var deleted = await DeleteAsync(group.Owner, AccountSteps.Password))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        var removed = (await members.NextAsync("member.removed")).Data;
        Assert.Equal((group.Id, group.Owner.Id), (removed["conversationId"]!.GetValue<int>(), removed["userId"]!.GetValue<int>()));
        var roles = await group.Member.RolesAsync(group.Id);
        Assert.Equal("owner", roles[group.Admin.Id]);
        Assert.False(roles.ContainsKey(group.Owner.Id));
        var message = (await group.OtherMember.JsonAsync($"conversations/{group.Id}/messages"))["items"]!.AsArray().Single()!;
        Assert.Equal(("I made this group.", "Deleted user"), (message["text"]!.GetValue<string>(), message["sender"]!["displayName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_deleted_account_leaves_no_requests_or_blocks_and_cannot_be_found_or_asked()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        using var cat = await ApiPerson.SignUpAsync(App, "cat");
        await ana.SendRequestAsync(ben);
        await cat.BlockAsync(ana);

        using (var deleted = await DeleteAsync(ana, AccountSteps.Password))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        Assert.Empty(await ben.RequestIdsAsync("incoming"));
        Assert.Empty(await cat.IdsAsync("blocks"));
        Assert.Empty(await ben.SearchAsync(ana.UserName));
        Assert.Equal(HttpStatusCode.NotFound, (await ben.GetAsync($"users/{ana.Id}")).StatusCode);
        using var ask = await ben.AskAsync(ana);
        await ask.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Download_my_data_holds_the_profile_the_friends_and_the_messages_sent()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await ana.BecomeFriendsAsync(ben);
        var chatId = await ana.Api.OpenDirectChatAsync(ben.Api);
        await ana.Api.SendAsync(chatId, "Mine to take along.");
        await ben.Api.SendAsync(chatId, "Not part of Ana's data.");

        using var response = await ana.GetAsync("me/export");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType ?? response.Headers.GetValues("Content-Disposition").Single().Split(';')[0]);
        var data = await response.ReadJsonAsync();
        Assert.Equal(ana.UserName, data["profile"]!["userName"]!.GetValue<string>());
        Assert.Equal($"{ana.UserName}@example.test", data["profile"]!["email"]!.GetValue<string>());
        Assert.Equal(ben.Id, data["friends"]!.AsArray().Single()!["id"]!.GetValue<int>());
        Assert.Equal("Mine to take along.", data["messagesSent"]!.AsArray().Single()!["text"]!.GetValue<string>());
    }

    private static Task<HttpResponseMessage> DeleteAsync(ApiPerson person, string password) =>
        person.Api.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/api/v1/me") { Content = JsonContent.Create(new { password }) });
}
