using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class FriendRequestApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_sent_request_answers_201_and_shows_in_both_lists()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");

        using var sent = await ana.AskAsync(ben);

        Assert.Equal(HttpStatusCode.Created, sent.StatusCode);
        var request = await sent.ReadJsonAsync();
        Assert.Equal(ana.Id, request["from"]!["id"]!.GetValue<int>());
        Assert.Equal(ben.UserName, request["to"]!["userName"]!.GetValue<string>());
        Assert.Equal("pending", request["status"]!.GetValue<string>());
        Assert.True(request["createdAt"]!.GetValue<DateTime>() > DateTime.UtcNow.AddMinutes(-1));
        var id = request["id"]!.GetValue<int>();
        Assert.Equal([id], await ben.RequestIdsAsync("incoming"));
        Assert.Equal([id], await ana.RequestIdsAsync("outgoing"));
        Assert.Empty(await ana.RequestIdsAsync("incoming"));
        Assert.Equal("outgoing", await ana.RelationshipToAsync(ben));
        Assert.Equal("incoming", await ben.RelationshipToAsync(ana));
    }

    [Fact]
    public async Task Asking_twice_is_409_and_leaves_one_request()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.SendRequestAsync(ben);

        using var again = await ana.AskAsync(ben);

        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Single(await ben.RequestIdsAsync("incoming"));
    }

    [Fact]
    public async Task Asking_a_friend_is_409()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        await ana.BecomeFriendsAsync(ben);

        using var fromAna = await ana.AskAsync(ben);
        using var fromBen = await ben.AskAsync(ana);

        Assert.Equal("You are already friends", (await fromAna.AssertProblemAsync(HttpStatusCode.Conflict))["title"]!.GetValue<string>());
        await fromBen.AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Asking_yourself_is_400_and_asking_nobody_is_404()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");

        using var yourself = await ana.AskAsync(ana);
        using var unknown = await ana.PostAsync("friend-requests", new { userId = 999_999 });
        using var missing = await ana.PostAsync("friend-requests", new { });

        await yourself.AssertProblemAsync(HttpStatusCode.BadRequest);
        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("userId"));
    }

    [Fact]
    public async Task Asking_someone_who_already_asked_you_accepts_their_request()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var theirs = await ana.SendRequestAsync(ben);

        using var back = await ben.AskAsync(ana);

        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        var request = await back.ReadJsonAsync();
        Assert.Equal(theirs, request["id"]!.GetValue<int>());
        Assert.Equal("accepted", request["status"]!.GetValue<string>());
        Assert.Equal([ben.Id], await ana.FriendIdsAsync());
        Assert.Equal([ana.Id], await ben.FriendIdsAsync());
        Assert.Empty(await ana.RequestIdsAsync("outgoing"));
    }

    [Fact]
    public async Task Accepting_makes_two_friends_and_accepting_again_is_409()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var id = await ana.SendRequestAsync(ben);

        using var accepted = await ben.PostAsync($"friend-requests/{id}/accept");
        using var again = await ben.PostAsync($"friend-requests/{id}/accept");

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("accepted", (await accepted.ReadJsonAsync())["status"]!.GetValue<string>());
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("friend", await ana.RelationshipToAsync(ben));
        Assert.Equal([ana.Id], await ben.FriendIdsAsync());
        Assert.Empty(await ben.RequestIdsAsync("incoming"));
    }

    [Fact]
    public async Task A_rejected_request_cannot_be_accepted_but_the_sender_may_ask_again()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var id = await ana.SendRequestAsync(ben);

        using var rejected = await ben.PostAsync($"friend-requests/{id}/reject");
        using var accepted = await ben.PostAsync($"friend-requests/{id}/accept");

        Assert.Equal("rejected", (await rejected.ReadJsonAsync())["status"]!.GetValue<string>());
        await accepted.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty(await ana.FriendIdsAsync());
        Assert.Equal("none", await ana.RelationshipToAsync(ben));
        Assert.NotEqual(id, await ana.SendRequestAsync(ben));
    }

    [Fact]
    public async Task Only_the_receiver_may_answer_and_only_the_sender_may_cancel()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var id = await ana.SendRequestAsync(ben);

        using var senderAccepts = await ana.PostAsync($"friend-requests/{id}/accept");
        using var senderRejects = await ana.PostAsync($"friend-requests/{id}/reject");
        using var receiverCancels = await ben.DeleteAsync($"friend-requests/{id}");

        await senderAccepts.AssertProblemAsync(HttpStatusCode.NotFound);
        await senderRejects.AssertProblemAsync(HttpStatusCode.NotFound);
        await receiverCancels.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([id], await ben.RequestIdsAsync("incoming"));
    }

    [Fact]
    public async Task A_cancelled_request_is_gone_and_cancelling_again_is_409()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        var id = await ana.SendRequestAsync(ben);

        using var cancelled = await ana.DeleteAsync($"friend-requests/{id}");
        using var again = await ana.DeleteAsync($"friend-requests/{id}");
        using var accepted = await ben.PostAsync($"friend-requests/{id}/accept");

        Assert.Equal(HttpStatusCode.NoContent, cancelled.StatusCode);
        await again.AssertProblemAsync(HttpStatusCode.Conflict);
        await accepted.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Empty(await ben.RequestIdsAsync("incoming"));
        Assert.Empty(await ben.FriendIdsAsync());
    }

    [Fact]
    public async Task An_unknown_direction_is_400()
    {
        using var ana = await ApiPerson.SignUpAsync(app, "ana");

        using var response = await ana.GetAsync("friend-requests?direction=sideways");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }
}
