using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

// Double clicks, two tabs and two people acting at once: the unique keys decide, nobody gets a 500.
public class ConcurrencyApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    private const int Rounds = 5;

    [Fact]
    public async Task Two_concurrent_accepts_make_one_friendship_and_the_other_gets_409()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var ana = await ApiPerson.SignUpAsync(app, "ana");
            using var ben = await ApiPerson.SignUpAsync(app, "ben");
            var id = await ana.SendRequestAsync(ben);

            var answers = await Task.WhenAll(ben.PostAsync($"friend-requests/{id}/accept"), ben.PostAsync($"friend-requests/{id}/accept"));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            Assert.Equal([ben.Id], await ana.FriendIdsAsync());
            Assert.Equal([ana.Id], await ben.FriendIdsAsync());
        }
    }

    [Fact]
    public async Task Concurrent_mutual_requests_end_as_one_friendship()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var ana = await ApiPerson.SignUpAsync(app, "ana");
            using var ben = await ApiPerson.SignUpAsync(app, "ben");

            var answers = await Task.WhenAll(ana.AskAsync(ben), ben.AskAsync(ana));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Created], answers.Select(a => a.StatusCode).Order());
            Assert.Equal([ben.Id], await ana.FriendIdsAsync());
            Assert.Equal([ana.Id], await ben.FriendIdsAsync());
            Assert.Empty(await ana.RequestIdsAsync("outgoing"));
            Assert.Empty(await ben.RequestIdsAsync("outgoing"));
        }
    }

    [Fact]
    public async Task A_double_clicked_request_leaves_one_pending_request()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var ana = await ApiPerson.SignUpAsync(app, "ana");
            using var ben = await ApiPerson.SignUpAsync(app, "ben");

            var answers = await Task.WhenAll(ana.AskAsync(ben), ana.AskAsync(ben));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], answers.Select(a => a.StatusCode).Order());
            Assert.Single(await ben.RequestIdsAsync("incoming"));
        }
    }

    [Fact]
    public async Task An_accept_racing_a_cancel_lets_exactly_one_win()
    {
        for (var round = 0; round < Rounds; round++)
        {
            using var ana = await ApiPerson.SignUpAsync(app, "ana");
            using var ben = await ApiPerson.SignUpAsync(app, "ben");
            var id = await ana.SendRequestAsync(ben);

            var answers = await Task.WhenAll(ben.PostAsync($"friend-requests/{id}/accept"), ana.DeleteAsync($"friend-requests/{id}"));

            var accepted = answers[0].StatusCode == HttpStatusCode.OK;
            Assert.Equal(accepted ? HttpStatusCode.Conflict : HttpStatusCode.NoContent, answers[1].StatusCode);
            Assert.Equal(accepted ? [ana.Id] : [], await ben.FriendIdsAsync());
        }
    }
}
