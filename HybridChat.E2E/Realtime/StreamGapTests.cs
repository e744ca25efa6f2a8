using System.Globalization;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Realtime;

// The page's stream request is held back (as on a slow network) while the other person writes:
// once it gets through, the page shows everything it missed, once, without a reload.
public class StreamGapTests(AppFixture app) : BrowserTest(app)
{
    // A held stream, its replay and the re-fetch it causes can take a while on a busy CI machine.
    private const float Patience = 15_000;

    [Fact]
    public async Task A_message_edit_and_deletion_made_while_the_chat_page_loads_appear_once_without_reloading()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var toEdit = await arrange.SendMessageAsync(ana, chat, "first words");
        var toDelete = await arrange.SendMessageAsync(ana, chat, "regrettable words");
        await Page.SignInAsync(ben);
        var release = await HoldStreamAsync(Page);

        await Page.OpenChatAsync(chat);
        await Page.EvaluateAsync("window.notReloaded = true");
        await arrange.SendMessageAsync(ana, chat, "sent while the page loaded");
        await arrange.EditMessageAsync(ana, toEdit, "first words, edited");
        await arrange.DeleteMessageAsync(ana, toDelete);
        release();

        var messages = Page.Messages(chat).Locator(".message");
        await Expect(Page.Messages(chat)).ToContainTextAsync("sent while the page loaded", new() { Timeout = Patience });
        await Expect(Page.Locator($"#message-{toEdit}")).ToContainTextAsync("first words, edited");
        await Expect(Page.Locator($"#message-{toDelete}")).Not.ToContainTextAsync("regrettable words");
        await Expect(messages).ToHaveCountAsync(3);
        Assert.True(await Page.EvaluateAsync<bool>("window.notReloaded === true"));
    }

    [Fact]
    public async Task The_conversation_list_shows_a_message_sent_while_it_loaded_with_its_unread_count()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await Page.SignInAsync(ben);
        var release = await HoldStreamAsync(Page);

        await Page.GotoAsync("/conversations");
        await Expect(Page.Locator($"#conversation-item-{chat}")).ToContainTextAsync("No messages yet");
        await arrange.SendMessageAsync(ana, chat, "hello from the gap");
        release();

        var item = Page.Locator($"#conversation-item-{chat}");
        await Expect(item).ToContainTextAsync("hello from the gap", new() { Timeout = Patience });
        await Expect(item.Locator(".badge")).ToHaveTextAsync("1");
    }

    [Fact]
    public async Task A_friend_who_closes_their_last_tab_shows_as_last_seen_in_the_readers_time_zone_on_every_page_live()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var (benContext, benPage) = await AnotherPersonAsync();
        await benPage.SignInAsync(ben);
        // Two windows of Ana's (tabs of one window would hide each other, and a hidden page pauses its stream).
        var (_, friendsPage) = await AnotherPersonAsync("Asia/Kathmandu", "en-GB");
        await friendsPage.SignInAsync(ana);
        await friendsPage.GotoAsync("/friends");
        var (_, chatPage) = await AnotherPersonAsync("Asia/Kathmandu", "en-GB");
        await chatPage.SignInAsync(ana);
        await chatPage.OpenChatAsync(chat);
        var onFriends = friendsPage.Locator("#friend-list .presence");
        var inHeader = chatPage.Locator(".chat-header .presence");
        await Expect(onFriends).ToHaveTextAsync("Online");
        await Expect(inHeader).ToHaveTextAsync("Online");

        await benContext.CloseAsync();

        foreach (var presence in new[] { onFriends, inHeader })
        {
            await Expect(presence).ToContainTextAsync("Last seen", new() { Timeout = Patience });
            var seenAt = DateTimeOffset.Parse((await presence.Locator("time").GetAttributeAsync("datetime"))!, CultureInfo.InvariantCulture);
            var inKathmandu = TimeZoneInfo.ConvertTime(seenAt, TimeZoneInfo.FindSystemTimeZoneById("Asia/Kathmandu"));
            await Expect(presence).ToContainTextAsync(inKathmandu.ToString("HH:mm", CultureInfo.InvariantCulture));
            await Expect(presence).Not.ToContainTextAsync("UTC");
        }
    }

    [Fact]
    public async Task A_page_whose_stream_could_not_connect_at_first_keeps_trying_and_misses_nothing()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await Page.SignInAsync(ben);
        var refused = 0;
        await Page.RouteAsync(url => new Uri(url).AbsolutePath == "/events", async route =>
        {
            if (Interlocked.Increment(ref refused) <= 2)
            {
                await route.AbortAsync("connectionrefused");
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await Page.OpenChatAsync(chat);
        await arrange.SendMessageAsync(ana, chat, "sent while the server was unreachable");

        await Expect(Page.Messages(chat)).ToContainTextAsync("sent while the server was unreachable", new() { Timeout = Patience });
        await Expect(Page.Locator("#live-status")).ToBeHiddenAsync();
        Assert.True(Volatile.Read(ref refused) >= 3, "the page never retried");
        await arrange.SendMessageAsync(ana, chat, "and live after");
        await Expect(Page.Messages(chat)).ToContainTextAsync("and live after");
    }

    // Holds the page's next live-stream request until the returned action is called.
    private static async Task<Action> HoldStreamAsync(IPage page)
    {
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/events", async route =>
        {
            await released.Task;
            await route.ContinueAsync();
        });
        return () => released.TrySetResult();
    }
}
