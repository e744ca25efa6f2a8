using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Conversations;

// Membership and settings changes as they arrive on the JSON streams of the people involved.
public class GroupEventTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    private static Task<EventStreamClient> ListenAsync(ApiPerson person) => EventStreamClient.OpenAsync(person.Api.Client, person.Api.AccessToken!);

    [Fact]
    public async Task Everyone_in_the_group_and_the_newcomer_hear_of_an_added_member()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        using var newcomer = await ApiPerson.SignUpAsync(App, "nia");
        await group.Admin.BecomeFriendsAsync(newcomer);
        await using var members = await ListenAsync(group.Member);
        await using var theNewcomer = await ListenAsync(newcomer);

        using (var added = await group.Admin.AddAsync(group.Id, newcomer))
        {
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        foreach (var stream in new[] { members, theNewcomer })
        {
            var data = (await stream.NextAsync("member.added")).Data;
            Assert.Equal((group.Id, newcomer.Id), (data["conversationId"]!.GetValue<int>(), data["userId"]!.GetValue<int>()));
            Assert.Equal("member", data["member"]!["role"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Friends_put_in_a_new_group_hear_that_they_were_added()
    {
        using var olga = await ApiPerson.SignUpAsync(App, "olga");
        using var ben = await ApiPerson.SignUpAsync(App, "ben");
        await olga.BecomeFriendsAsync(ben);
        await using var stream = await ListenAsync(ben);

        using var created = await olga.PostAsync("conversations/groups", new { title = "Surprise", memberIds = new[] { ben.Id } });

        var id = (await created.ReadJsonAsync())["id"]!.GetValue<int>();
        var data = (await stream.NextAsync("member.added")).Data;
        Assert.Equal((id, ben.Id), (data["conversationId"]!.GetValue<int>(), data["userId"]!.GetValue<int>()));
    }

    [Fact]
    public async Task The_remaining_members_and_the_removed_person_hear_of_a_removal()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        await using var remaining = await ListenAsync(group.OtherMember);
        await using var removed = await ListenAsync(group.Member);

        using (var response = await group.Admin.RemoveAsync(group.Id, group.Member))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        foreach (var stream in new[] { remaining, removed })
        {
            var received = await stream.NextAsync("member.removed");
            Assert.Equal($$"""{"conversationId":{{group.Id}},"userId":{{group.Member.Id}}}""", received.RawData);
        }
    }

    [Fact]
    public async Task Members_hear_of_a_rename_and_of_a_new_owner()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        await using var stream = await ListenAsync(group.Member);

        using (await group.Owner.ReviseAsync(group.Id, new { title = "Renamed", visibility = "public" }))
        using (await group.Owner.LeaveAsync(group.Id))
        {
        }

        var renamed = (await stream.NextAsync("conversation.updated")).Data;
        Assert.Equal(("Renamed", "public"), (renamed["title"]!.GetValue<string>(), renamed["visibility"]!.GetValue<string>()));
        Assert.Equal(group.Owner.Id, (await stream.NextAsync("member.removed")).Data["userId"]!.GetValue<int>());
        var handedOver = (await stream.NextAsync("conversation.updated")).Data;
        var owner = handedOver["members"]!.AsArray().Single(m => m!["role"]!.GetValue<string>() == "owner")!;
        Assert.Equal(group.Admin.Id, owner["user"]!["id"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_removed_member_stops_receiving_the_groups_messages()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        var directChat = await group.Owner.Api.OpenDirectChatAsync(group.Member.Api);
        await using var stayer = await ListenAsync(group.OtherMember);
        await using var removed = await ListenAsync(group.Member);
        await group.Admin.Api.SendAsync(group.Id, "before");
        Assert.Equal("before", (await removed.NextAsync("message.created")).Data["text"]!.GetValue<string>());

        using (var response = await group.Owner.RemoveAsync(group.Id, group.Member))
        {
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }

        await removed.NextAsync("member.removed");
        await group.Admin.Api.SendAsync(group.Id, "after");
        await group.Owner.Api.SendAsync(directChat, "marker");

        var next = await removed.NextAsync("message.created");
        Assert.Equal((directChat, "marker"), (next.Data["conversationId"]!.GetValue<int>(), next.Data["text"]!.GetValue<string>()));
        var stayerSaw = (await stayer.NextMessagesAsync(2)).Select(e => e.Data["text"]!.GetValue<string>());
        Assert.Equal(["before", "after"], stayerSaw);

        await using var resumed = await EventStreamClient.OpenAsync(group.Member.Api.Client, group.Member.Api.AccessToken!, "0");
        var replayed = await resumed.NextAsync("message.created");
        Assert.Equal("marker", replayed.Data["text"]!.GetValue<string>());
    }
}
