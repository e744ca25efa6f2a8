using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

public class ReadingTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Unread_counts_rise_with_new_messages_and_fall_when_read()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "one");
        var last = await ana.SendAsync(chat, "two");

        Assert.Equal(2, await UnreadAsync(ben, chat));
        Assert.Equal(0, await UnreadAsync(ana, chat));

        using var read = await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = last["id"]!.GetValue<long>() });
        Assert.Equal(HttpStatusCode.NoContent, read.StatusCode);
        Assert.Equal(0, await UnreadAsync(ben, chat));
    }

    [Fact]
    public async Task The_read_marker_only_moves_forward()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var first = await ana.SendAsync(chat, "one");
        var second = await ana.SendAsync(chat, "two");
        using (await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = second["id"]!.GetValue<long>() }))
        using (await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = first["id"]!.GetValue<long>() }))
        {
        }

        Assert.Equal(0, await UnreadAsync(ben, chat));
        var receipts = await (await ana.GetAsync($"messages/{second["id"]}/receipts")).ReadJsonAsync();
        Assert.Equal(await ben.IdAsync(), receipts["items"]!.AsArray().Single()!["userId"]!.GetValue<int>());
    }

    [Fact]
    public async Task Receipts_list_who_read_a_message_and_leave_out_its_sender()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "did you see this?");

        var before = await (await ana.GetAsync($"messages/{message["id"]}/receipts")).ReadJsonAsync();
        using (await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = message["id"]!.GetValue<long>() }))
        {
        }

        var after = await (await ana.GetAsync($"messages/{message["id"]}/receipts")).ReadJsonAsync();
        Assert.Empty(before["items"]!.AsArray());
        var receipt = after["items"]!.AsArray().Single()!;
        Assert.Equal(await ben.IdAsync(), receipt["userId"]!.GetValue<int>());
        Assert.NotNull(receipt["readAt"]);
    }

    [Fact]
    public async Task A_read_reaches_every_member_stream_so_all_devices_update()
    {
        await using var live = new ChatApp();
        live.StartKestrel();
        var (ana, ben, chat) = await live.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "read me");
        await using var anaStream = await EventStreamClient.OpenAsync(ana.Client, ana.AccessToken!);
        await using var bensOtherDevice = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        using (await ben.PostAsync($"conversations/{chat}/read", new { upToMessageId = message["id"]!.GetValue<long>() }))
        {
        }

        var toAna = await anaStream.NextAsync("receipt.updated");
        var toBen = await bensOtherDevice.NextAsync("receipt.updated");
        Assert.Equal(await ben.IdAsync(), toAna.Data["userId"]!.GetValue<int>());
        Assert.Equal(message["id"]!.GetValue<long>(), toBen.Data["upToMessageId"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_conversation_list_is_newest_activity_first_with_the_last_message()
    {
        using var ana = app.NewApiSession();
        using var ben = app.NewApiSession();
        using var cleo = app.NewApiSession();
        await ana.SignUpAsync("ana");
        await ben.SignUpAsync("ben");
        await cleo.SignUpAsync("cleo");
        await ana.BefriendAsync(ben);
        await ana.BefriendAsync(cleo);
        var withBen = await ana.OpenDirectChatAsync(ben);
        var withCleo = await ana.OpenDirectChatAsync(cleo);
        await cleo.SendAsync(withCleo, "from cleo");
        await ben.SendAsync(withBen, "from ben, later");

        var list = await (await ana.GetAsync("conversations")).ReadJsonAsync();

        var items = list["items"]!.AsArray();
        Assert.Equal([withBen, withCleo], items.Select(i => i!["id"]!.GetValue<int>()));
        Assert.Equal("from ben, later", items[0]!["lastMessage"]!["text"]!.GetValue<string>());
        Assert.Equal(1, items[0]!["unreadCount"]!.GetValue<int>());
        Assert.Equal("direct", items[0]!["kind"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_made_up_list_cursor_is_a_field_error()
    {
        using var ana = app.NewApiSession();
        await ana.SignUpAsync("ana");

        using var response = await ana.GetAsync("conversations?cursor=not-a-cursor");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("cursor"));
    }

    private static async Task<int> UnreadAsync(ApiSession api, int chat)
    {
        var list = await (await api.GetAsync("conversations")).ReadJsonAsync();
        return list["items"]!.AsArray().Single(i => i!["id"]!.GetValue<int>() == chat)!["unreadCount"]!.GetValue<int>();
    }
}
