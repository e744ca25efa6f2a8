using System.Net;
using System.Text.Json.Nodes;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Calls;

// Calls between two friends: the callee's streams ring, the answer and every signal reach the other
// side, and the end reaches both and leaves one record in the chat. Nobody else can ring, answer,
// signal or even see a call.
public class CallApiTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_call_rings_is_answered_passes_signals_both_ways_and_leaves_its_record_when_hung_up()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var anaStream = await ana.StreamAsync();
        await using var benStream = await ben.StreamAsync();

        var call = await ana.RingAsync(chat, "video");
        var ringing = (await benStream.NextAsync("call.ringing")).Data;
        Assert.Equal(call, ringing["id"]!.GetValue<long>());
        Assert.Equal("video", ringing["kind"]!.GetValue<string>());
        Assert.Equal("ringing", ringing["state"]!.GetValue<string>());
        Assert.Equal(ana.UserName, ringing["caller"]!["userName"]!.GetValue<string>());

        await ben.StepAsync(call, "accept");
        Assert.Equal("active", (await anaStream.NextAsync("call.accepted")).Data["state"]!.GetValue<string>());
        await benStream.NextAsync("call.accepted");

        var offer = new JsonObject { ["type"] = "offer", ["sdp"] = "v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n" };
        using (var sent = await ana.PostAsync($"calls/{call}/signals", new { type = "offer", data = offer }))
        {
            Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        }

        var received = (await benStream.NextAsync("call.signal")).Data;
        Assert.Equal("offer", received["type"]!.GetValue<string>());
        Assert.Equal(offer.ToJsonString(), received["data"]!.ToJsonString());
        Assert.Equal(await ana.IdAsync(), received["fromUserId"]!.GetValue<int>());
        using (var sent = await ben.PostAsync($"calls/{call}/signals", new { type = "candidate", data = new { candidate = "candidate:1 1 udp 1 127.0.0.1 5000 typ host", sdpMid = "0" } }))
        {
            Assert.Equal(HttpStatusCode.NoContent, sent.StatusCode);
        }

        Assert.Equal("candidate", (await anaStream.NextAsync("call.signal")).Data["type"]!.GetValue<string>());

        var ended = await ben.StepAsync(call, "hangup");
        Assert.Equal("hungUp", ended["endedBy"]!.GetValue<string>());
        var end = await anaStream.NextOfEachAsync("call.ended", "message.created");
        Assert.Equal("hungUp", end["call.ended"]["endedBy"]!.GetValue<string>());
        var record = end["message.created"];
        Assert.Equal(call, record["callId"]!.GetValue<long>());
        Assert.StartsWith("Video call, ", record["text"]!.GetValue<string>(), StringComparison.Ordinal);

        using var again = await ana.PostAsync($"calls/{call}/hangup", new { });
        Assert.Equal("The call is over", (await again.AssertProblemAsync(HttpStatusCode.Conflict))["title"]!.GetValue<string>());
        Assert.Equal(record["id"]!.GetValue<long>(), (await ana.LastMessageAsync(chat))["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_declined_call_tells_the_caller_and_records_it_and_only_the_callee_may_answer()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var anaStream = await ana.StreamAsync();
        var call = await ana.RingAsync(chat);

        using (var selfAnswer = await ana.PostAsync($"calls/{call}/accept", new { }))
        {
            await selfAnswer.AssertProblemAsync(HttpStatusCode.Forbidden);
        }

        await ben.StepAsync(call, "decline");
        var end = await anaStream.NextOfEachAsync("call.ended", "message.created");
        Assert.Equal("declined", end["call.ended"]["endedBy"]!.GetValue<string>());
        Assert.Equal("Declined audio call", end["message.created"]["text"]!.GetValue<string>());
        using var lateAnswer = await ben.PostAsync($"calls/{call}/accept", new { });
        await lateAnswer.AssertProblemAsync(HttpStatusCode.Conflict);

        // A call record is what happened: its "sender" cannot rewrite it.
        var record = await ana.LastMessageAsync(chat);
        using var edit = await ana.PatchAsync($"messages/{record["id"]}", new { text = "Nothing happened" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task Someone_already_in_a_call_is_busy_until_it_ends()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var cid = App.NewApiSession();
        await cid.SignUpAsync("cid");
        await cid.BefriendAsync(ben);
        await cid.BefriendAsync(ana);
        var cidAndBen = await cid.OpenDirectChatAsync(ben);
        var anaAndCid = await ana.OpenDirectChatAsync(cid);
        await using var anaStream = await ana.StreamAsync();
        await using var benStream = await ben.StreamAsync();
        var call = await ana.RingAsync(chat);
        await benStream.NextAsync("call.ringing");
        await ben.StepAsync(call, "accept");

        using (var toBusyCallee = await cid.PostAsync("calls", new { conversationId = cidAndBen, kind = "audio" }))
        {
            Assert.Equal("Busy", (await toBusyCallee.AssertProblemAsync(HttpStatusCode.Conflict))["title"]!.GetValue<string>());
        }

        using (var fromBusyCaller = await ana.PostAsync("calls", new { conversationId = anaAndCid, kind = "video" }))
        {
            await fromBusyCaller.AssertProblemAsync(HttpStatusCode.Conflict);
        }

        await ana.StepAsync(call, "hangup");
        await cid.RingAsync(cidAndBen);
        Assert.Equal(await cid.IdAsync(), (await benStream.NextAsync("call.ringing")).Data["caller"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task An_answered_call_whose_people_left_without_hanging_up_does_not_keep_them_busy()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await using var benStream = await ben.StreamAsync();
        var anaId = await ana.IdAsync();
        await using (var anaStream = await ana.StreamAsync())
        {
            var call = await ana.RingAsync(chat);
            await ben.StepAsync(call, "accept");
        }

        // Ana's browser closed mid-call without hanging up: once she is offline, the call is over.
        while (!(await benStream.NextAsync("presence.changed")).PresenceUsers.Any(u => u["userId"]!.GetValue<int>() == anaId && !u["isOnline"]!.GetValue<bool>()))
        {
        }

        var next = await ana.RingAsync(chat);
        var events = await benStream.NextOfEachAsync("call.ended", "message.created", "call.ringing");
        Assert.Equal("dropped", events["call.ended"]["endedBy"]!.GetValue<string>());
        Assert.StartsWith("Audio call, ", events["message.created"]["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(next, events["call.ringing"]["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_stranger_can_neither_ring_nor_see_nor_answer_nor_signal_a_call_nor_hear_its_events()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using var eve = App.NewApiSession();
        await eve.SignUpAsync("eve");
        await eve.BefriendAsync(ana);
        await using var eveStream = await eve.StreamAsync();
        await using var benStream = await ben.StreamAsync();

        using (var ring = await eve.PostAsync("calls", new { conversationId = chat, kind = "audio" }))
        {
            await ring.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        var call = await ana.RingAsync(chat);
        await benStream.NextAsync("call.ringing");
        using (var look = await eve.GetAsync($"calls/{call}"))
        {
            await look.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var step in new[] { "accept", "decline", "hangup" })
        {
            using var tried = await eve.PostAsync($"calls/{call}/{step}", new { });
            await tried.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        using (var signal = await eve.PostAsync($"calls/{call}/signals", new { type = "offer", data = new { type = "offer", sdp = "x" } }))
        {
            await signal.AssertProblemAsync(HttpStatusCode.NotFound);
        }

        await ben.StepAsync(call, "accept");
        using (var signal = await ana.PostAsync($"calls/{call}/signals", new { type = "offer", data = new { type = "offer", sdp = "x" } }))
        {
            Assert.Equal(HttpStatusCode.NoContent, signal.StatusCode);
        }

        await ana.StepAsync(call, "hangup");
        Assert.Equal("ended", (await (await ben.GetAsync($"calls/{call}")).ReadJsonAsync())["state"]!.GetValue<string>());

        // The first call or message event Eve's stream carries is her own news, nothing of the call.
        await ana.SendAsync(await ana.OpenDirectChatAsync(eve), "hi Eve");
        var first = await eveStream.NextAsync();
        while (!first.Type.StartsWith("message.", StringComparison.Ordinal) && !first.Type.StartsWith("call.", StringComparison.Ordinal))
        {
            first = await eveStream.NextAsync();
        }

        Assert.Equal("message.created", first.Type);
        Assert.Equal("hi Eve", first.Data["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Calls_are_for_direct_chats_between_friends_and_bad_signals_are_refused_clearly()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        using (var group = await ana.PostAsync("conversations/groups", new { title = "Team", memberIds = new[] { await ben.IdAsync() } }))
        {
            var groupId = (await group.ReadJsonAsync())["id"]!.GetValue<int>();
            using var call = await ana.PostAsync("calls", new { conversationId = groupId, kind = "audio" });
            Assert.Equal("Not a direct chat", (await call.AssertProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
        }

        using (var noKind = await ana.PostAsync("calls", new { conversationId = chat, kind = "hologram" }))
        {
            await noKind.AssertProblemAsync(HttpStatusCode.BadRequest);
        }

        var id = await ana.RingAsync(chat);
        using (var badType = await ana.PostAsync($"calls/{id}/signals", new { type = "gossip", data = new { } }))
        {
            Assert.NotEmpty((await badType.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("type"));
        }

        using (var block = await ben.Client.PutAsync(new Uri($"/api/v1/blocks/{await ana.IdAsync()}", UriKind.Relative), null))
        {
            Assert.True(block.IsSuccessStatusCode);
        }

        await ana.StepAsync(id, "hangup");
        using var blocked = await ana.PostAsync("calls", new { conversationId = chat, kind = "audio" });
        await blocked.AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
