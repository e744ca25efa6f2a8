using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class PinTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Group_admins_pin_and_every_member_sees_the_pins_newest_first()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var first = await group.Member.Api.SendAsync(group.Id, "Rules: be kind");
        var second = await group.Member.Api.SendAsync(group.Id, "Meeting on Friday");

        using var byAdmin = await group.Admin.PutAsync($"messages/{first["id"]}/pin");
        using var byOwner = await group.Owner.PutAsync($"messages/{second["id"]}/pin");

        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        Assert.NotNull((await byAdmin.ReadJsonAsync())["pinnedAt"]);
        Assert.Equal(HttpStatusCode.OK, byOwner.StatusCode);
        var pins = await (await group.Member.GetAsync($"conversations/{group.Id}/pins")).ReadJsonAsync();
        Assert.Equal([second["id"]!.GetValue<long>(), first["id"]!.GetValue<long>()],
            pins["items"]!.AsArray().Select(m => m!["id"]!.GetValue<long>()));
    }

    [Fact]
    public async Task A_plain_member_may_not_pin_and_a_stranger_finds_nothing()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var message = await group.Member.Api.SendAsync(group.Id, "pin me");
        using var stranger = app.NewApiSession();
        await stranger.SignUpAsync("stranger");

        using var byMember = await group.Member.PutAsync($"messages/{message["id"]}/pin");
        using var byStranger = await stranger.Client.PutAsync($"/api/v1/messages/{message["id"]}/pin", null);
        using var strangerList = await stranger.GetAsync($"conversations/{group.Id}/pins");

        await byMember.AssertProblemAsync(HttpStatusCode.Forbidden);
        await byStranger.AssertProblemAsync(HttpStatusCode.NotFound);
        await strangerList.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await (await group.Member.GetAsync($"conversations/{group.Id}/pins")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task Both_people_in_a_direct_chat_may_pin_and_unpin()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "the address: 5 Main St");

        using var pinned = await ben.Client.PutAsync($"/api/v1/messages/{message["id"]}/pin", null);
        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Single((await (await ana.GetAsync($"conversations/{chat}/pins")).ReadJsonAsync())["items"]!.AsArray());

        using var unpinned = await ana.Client.DeleteAsync($"/api/v1/messages/{message["id"]}/pin");
        Assert.Equal(HttpStatusCode.OK, unpinned.StatusCode);
        Assert.Null((await unpinned.ReadJsonAsync())["pinnedAt"]);
        Assert.Empty((await (await ben.GetAsync($"conversations/{chat}/pins")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_deleted_message_cannot_be_pinned_and_leaves_the_pins_when_deleted()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var gone = await ana.SendAsync(chat, "gone");
        var pinnedThenDeleted = await ana.SendAsync(chat, "pinned, then deleted");
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{gone["id"]}"))
        using (await ana.Client.PutAsync($"/api/v1/messages/{pinnedThenDeleted["id"]}/pin", null))
        using (await ana.Client.DeleteAsync($"/api/v1/messages/{pinnedThenDeleted["id"]}"))
        {
        }

        using var response = await ben.Client.PutAsync($"/api/v1/messages/{gone["id"]}/pin", null);

        await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty((await (await ben.GetAsync($"conversations/{chat}/pins")).ReadJsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task A_pin_arrives_live_as_an_update_and_is_replayed_after_a_reconnect()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "important");
        string resumeFrom;
        await using (var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!))
        {
            using (await ana.Client.PutAsync($"/api/v1/messages/{message["id"]}/pin", null))
            {
            }

            var live = await stream.NextAsync("message.updated");
            Assert.Equal(message["id"]!.GetValue<long>(), live.Data["id"]!.GetValue<long>());
            Assert.NotNull(live.Data["pinnedAt"]);
            resumeFrom = live.Id!;
        }

        using (await ana.Client.DeleteAsync($"/api/v1/messages/{message["id"]}/pin"))
        {
        }

        await using var resumed = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!, resumeFrom);
        var replayed = await resumed.NextAsync("message.updated");
        Assert.Equal(message["id"]!.GetValue<long>(), replayed.Data["id"]!.GetValue<long>());
        Assert.Null(replayed.Data["pinnedAt"]);
    }

    [Fact]
    public async Task Pinning_from_the_page_shows_in_the_chat_header_and_the_message()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "Wifi password: hunter2");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);
        var page = await browser.GetPageAsync($"/conversations/{chat}");
        Assert.NotNull(page.QuerySelector($"#conversation-{chat}[data-may-pin=yes]"));

        using var pinned = await ReplyTests.HtmxAsync(browser, page, HttpMethod.Put, $"/messages/{message["id"]}/pin", []);

        Assert.Equal(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Equal("Unpin", (await WebSession.ParseAsync(pinned)).QuerySelector($"#message-{message["id"]} .pin-action")!.TextContent);
        Assert.Equal($"/conversations/{chat}/pins", page.QuerySelector($"#conversation-{chat} .chat-header .chat-pins")!.GetAttribute("hx-get"));
        var header = await browser.GetPageAsync($"/conversations/{chat}/pins");
        Assert.Equal("Pinned (1)", header.QuerySelector("summary")!.TextContent);
        var link = header.QuerySelector("li a")!;
        Assert.Equal($"#message-{message["id"]}", link.GetAttribute("href"));
        Assert.Contains("Wifi password", link.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_member_is_not_offered_pinning_and_is_refused_on_the_page()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var message = await group.Owner.Api.SendAsync(group.Id, "hello all");
        using var browser = app.NewSession();
        await browser.LogInAsync(group.Member.UserName);
        var page = await browser.GetPageAsync($"/conversations/{group.Id}");

        using var pinned = await ReplyTests.HtmxAsync(browser, page, HttpMethod.Put, $"/messages/{message["id"]}/pin", []);

        Assert.NotNull(page.QuerySelector($"#conversation-{group.Id}[data-may-pin=no]"));
        Assert.NotEqual(HttpStatusCode.OK, pinned.StatusCode);
        Assert.Empty((await (await group.Member.GetAsync($"conversations/{group.Id}/pins")).ReadJsonAsync())["items"]!.AsArray());
    }
}
