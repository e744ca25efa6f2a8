using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using HybridChat.Tests.People;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Tests.Messages;

// How the chat screen reads as the server draws it: days, runs of one author, what to do when
// there is nothing yet, and why someone cannot write.
public class ChatScreenDesignTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Messages_are_grouped_by_author_within_five_minutes_under_a_heading_for_each_day()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var yesterday1 = await IdOfAsync(ana.SendAsync(chat, "yesterday, first"));
        var yesterday2 = await IdOfAsync(ana.SendAsync(chat, "yesterday, two minutes later"));
        var today1 = await IdOfAsync(ana.SendAsync(chat, "today, first"));
        var today2 = await IdOfAsync(ana.SendAsync(chat, "today, right after"));
        var bens = await IdOfAsync(ben.SendAsync(chat, "ben answers"));
        var anaAgain = await IdOfAsync(ana.SendAsync(chat, "ana after ben"));
        var later = await IdOfAsync(ana.SendAsync(chat, "ana ten minutes later"));
        var now = DateTime.UtcNow;
        await MoveAsync(yesterday1, now.AddDays(-1).AddMinutes(-2));
        await MoveAsync(yesterday2, now.AddDays(-1));
        await MoveAsync(later, now.AddMinutes(10));
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        var list = page.QuerySelector($"#conversation-{chat}-messages")!;
        var headings = list.QuerySelectorAll(".day-separator");
        Assert.Equal(["Yesterday", "Today"], headings.Select(h => h.TextContent.Trim()));
        Assert.Equal($"message-{yesterday1}", headings[0].NextElementSibling!.Id);
        Assert.Equal($"message-{today1}", headings[1].NextElementSibling!.Id);
        var continued = list.QuerySelectorAll(".message.continued").Select(m => m.Id).ToList();
        Assert.Equal([$"message-{yesterday2}", $"message-{today2}"], continued);
        Assert.All(list.QuerySelectorAll(".message"), message => Assert.False(string.IsNullOrEmpty(message.QuerySelector(".author")?.TextContent)));
        Assert.DoesNotContain($"message-{bens}", continued);
        Assert.DoesNotContain($"message-{anaAgain}", continued);
        Assert.DoesNotContain($"message-{later}", continued);
    }

    [Fact]
    public async Task Older_history_comes_with_its_day_headings_and_the_message_list_is_not_a_live_region()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var old = await IdOfAsync(ana.SendAsync(chat, "an old one"));
        var recent = await IdOfAsync(ana.SendAsync(chat, "a recent one"));
        await MoveAsync(old, new DateTime(2024, 3, 5, 12, 0, 0, DateTimeKind.Utc));
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");
        var older = await browser.GetPageAsync($"/conversations/{chat}/messages?before={recent}");

        Assert.Null(page.QuerySelector($"#conversation-{chat}-messages")!.GetAttribute("aria-live"));
        Assert.Null(page.QuerySelector($"#conversation-{chat}-messages")!.Closest("[aria-live]"));
        Assert.Equal("polite", page.QuerySelector($"#conversation-{chat}-announcer")!.GetAttribute("aria-live"));
        var heading = older.QuerySelector(".day-separator")!;
        Assert.Equal("Tuesday 5 March 2024", heading.TextContent.Trim());
        Assert.Equal($"message-{old}", heading.NextElementSibling!.Id);
    }

    [Fact]
    public async Task The_chat_page_has_one_shared_reaction_picker_and_a_menu_of_actions_per_message()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 5; i++)
        {
            await ana.SendAsync(chat, $"message {i}");
        }

        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        var messages = page.QuerySelectorAll($"#conversation-{chat}-messages .message");
        Assert.Equal(5, messages.Length);
        var picker = Assert.Single(page.QuerySelectorAll(".reaction-picker"));
        Assert.Equal("reaction-picker", picker.Id);
        Assert.Equal(8, picker.QuerySelectorAll("button[name=emoji]").Length);
        Assert.Empty(page.QuerySelectorAll(".message .reaction-picker, .message button[name=emoji]:not(.reaction)"));
        Assert.All(messages, message =>
        {
            var menu = message.QuerySelector("details.message-menu")!;
            Assert.Equal("Actions", menu.QuerySelector("summary")!.TextContent.Replace("…", "", StringComparison.Ordinal).Trim());
            Assert.Equal(["React", "Reply", "Pin", "Edit", "Delete"], menu.QuerySelectorAll("button").Select(b => b.TextContent.Trim()));
            Assert.Equal(message.GetAttribute("data-id"), menu.QuerySelector("[data-react-to]")!.GetAttribute("data-react-to"));
            Assert.Equal($"reactions-{message.GetAttribute("data-id")}", message.QuerySelector("form.reactions")!.Id);
        });
        Assert.Empty(page.QuerySelectorAll(".message > .message-actions, .reply-actions"));
    }

    [Fact]
    public async Task An_empty_chat_says_to_say_hello()
    {
        var (_, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var page = await browser.GetPageAsync($"/conversations/{chat}");

        Assert.StartsWith("No messages yet — say hello", page.QuerySelector($"#conversation-{chat}-messages .empty-chat")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($"#composer-{chat} textarea"));
    }

    [Fact]
    public async Task A_new_user_is_shown_how_to_start_and_has_empty_chats_and_friends_pages_pointing_the_way()
    {
        using var browser = app.NewSession();
        var userName = await browser.SignUpAsync("newbie");

        var home = await browser.GetPageAsync("/");
        var chats = await browser.GetPageAsync("/conversations");
        var friends = await browser.GetPageAsync("/friends");

        Assert.Equal($"Hello, {userName}", home.QuerySelector("h1")?.TextContent);
        var start = home.QuerySelector(".getting-started")!;
        Assert.Equal("Start your first chat", start.QuerySelector("h2")!.TextContent);
        Assert.Equal(["/people", "/rooms", "/groups/new"], start.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        Assert.Null(home.QuerySelector(".recent-chats"));
        var noChats = chats.QuerySelector("#conversation-list .empty-state")!;
        Assert.Contains("No chats yet — find people or join a room", noChats.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/people", "/rooms"], noChats.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
        var noFriends = friends.QuerySelector("#friend-list .empty-state")!;
        Assert.Contains("No friends yet — find people", noFriends.TextContent, StringComparison.Ordinal);
        Assert.Equal(["/people"], noFriends.QuerySelectorAll("a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task A_returning_user_sees_their_recent_chats_on_the_home_page()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "are we still on for friday?");
        using var browser = app.NewSession();
        await browser.LogInAsync(ben.UserName!);

        var home = await browser.GetPageAsync("/");

        Assert.Null(home.QuerySelector(".getting-started"));
        var item = home.QuerySelector($".recent-chats #conversation-item-{chat}")!;
        Assert.Equal($"/conversations/{chat}", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("are we still on for friday?", item.TextContent, StringComparison.Ordinal);
        Assert.NotNull(home.QuerySelector("#profile-card"));
    }

    [Fact]
    public async Task A_blocked_person_sees_why_they_cannot_write_instead_of_the_composer()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana", "Ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben", "Ben");
        await ana.BecomeFriendsAsync(ben);
        var chat = await ana.Api.OpenDirectChatAsync(ben.Api);
        using var browser = app.NewSession();
        await browser.LogInAsync(ana.UserName);
        var before = await browser.GetPageAsync($"/conversations/{chat}");
        await ana.BlockAsync(ben);

        var page = await browser.GetPageAsync($"/conversations/{chat}");
        using var refused = await HtmxSendAsync(browser, before, chat);

        Assert.NotNull(before.QuerySelector($"form#composer-{chat}"));
        Assert.Null(page.QuerySelector($"form#composer-{chat}, #composer-{chat} textarea"));
        Assert.Equal("You can't message Ben: one of you has blocked the other.", page.QuerySelector($"p#composer-{chat}.cannot-send")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var fragment = await WebSession.ParseAsync(refused);
        Assert.Equal($"#composer-{chat}", fragment.QuerySelector("hx-partial")!.GetAttribute("hx-target"));
        Assert.Contains("blocked", fragment.QuerySelector($"p#composer-{chat}.cannot-send")!.TextContent, StringComparison.Ordinal);
        Assert.Null(fragment.QuerySelector("textarea"));
    }

    [Fact]
    public async Task A_member_removed_from_a_group_who_sends_from_the_open_page_is_told_why_instead_of_the_composer()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var browser = app.NewSession();
        await browser.LogInAsync(group.Member.UserName);
        var page = await browser.GetPageAsync($"/conversations/{group.Id}");
        using var removed = await group.Owner.RemoveAsync(group.Id, group.Member);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);

        using var refused = await HtmxSendAsync(browser, page, group.Id);

        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var fragment = await WebSession.ParseAsync(refused);
        Assert.Equal($"#composer-{group.Id}", fragment.QuerySelector("hx-partial")!.GetAttribute("hx-target"));
        Assert.Equal("You can't send messages here: you are not a member of this chat (you left it or were removed).",
            fragment.QuerySelector($"p#composer-{group.Id}.cannot-send")!.TextContent.Trim());
        Assert.Empty((await (await group.Owner.GetAsync($"conversations/{group.Id}/messages")).ReadJsonAsync())["items"]!.AsArray());
    }

    private static async Task<long> IdOfAsync(Task<System.Text.Json.Nodes.JsonObject> sent) => (await sent)["id"]!.GetValue<long>();

    private async Task MoveAsync(long messageId, DateTime at) =>
        await app.InDatabaseAsync(db => db.Messages.Where(m => m.Id == messageId).ExecuteUpdateAsync(m => m.SetProperty(x => x.CreatedAt, at)));

    private static Task<HttpResponseMessage> HtmxSendAsync(WebSession session, AngleSharp.Dom.IDocument page, int chat)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/conversations/{chat}/messages")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["ClientMessageId"] = Guid.NewGuid().ToString("N"), ["Text"] = "still here?" }),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);
        return session.Client.SendAsync(request);
    }
}
