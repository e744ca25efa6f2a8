using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Messages;

// Concurrent sends share commits: each is still answered with its own message, stored once, and
// delivered live once, in the order of the log.
public class GroupCommitTests(ChatApp app) : IClassFixture<ChatApp>
{
    private const int SendsPerMember = 10;

    [Fact]
    public async Task Concurrent_sends_from_every_member_are_each_stored_answered_and_delivered_once()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var members = new[] { group.Owner, group.Admin, group.Member, group.OtherMember };
        await using var stream = await EventStreamClient.OpenAsync(group.Owner.Api.Client, group.Owner.Api.AccessToken!);

        var sends = members.SelectMany(member => Enumerable.Range(0, SendsPerMember).Select(i => (member, text: $"{member.UserName} #{i}"))).ToList();
        var answers = await Task.WhenAll(sends.Select(async send =>
        {
            using var response = await send.member.PostAsync($"conversations/{group.Id}/messages",
                new { clientMessageId = Guid.NewGuid().ToString("N"), send.text });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            var message = await response.ReadJsonAsync();
            Assert.Equal(send.text, message["text"]?.GetValue<string>());
            Assert.Equal(send.member.Id, message["sender"]?["id"]?.GetValue<int>());
            return message["id"]!.GetValue<long>();
        }));

        Assert.Equal(sends.Count, answers.Distinct().Count());
        var delivered = await stream.NextMessagesAsync(sends.Count);
        var deliveredIds = delivered.Select(e => e.Data["id"]!.GetValue<long>()).ToList();
        Assert.Equal(answers.Order(), deliveredIds);
        var history = await (await group.Owner.Api.GetAsync($"conversations/{group.Id}/messages?limit=100")).ReadJsonAsync();
        Assert.Equal(answers.Order(), history["items"]!.AsArray().Select(m => m!["id"]!.GetValue<long>()).Order());
    }

    [Fact]
    public async Task A_retried_client_id_in_a_crowd_of_sends_stores_one_message_and_the_others_all_go_through()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var others = new[] { group.Owner, group.Admin, group.OtherMember };

        var crowd = others.SelectMany(member => Enumerable.Range(0, SendsPerMember).Select(i =>
            member.PostAsync($"conversations/{group.Id}/messages", new { clientMessageId = Guid.NewGuid().ToString("N"), text = $"crowd {i}" })));
        var retries = Enumerable.Range(0, 4).Select(_ =>
            group.Member.PostAsync($"conversations/{group.Id}/messages", new { clientMessageId = "flaky-network", text = "once" }));
        var responses = await Task.WhenAll(crowd.Concat(retries));

        Assert.All(responses, r => Assert.True(r.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK, r.StatusCode.ToString()));
        var retried = responses[^4..];
        Assert.Single(retried, r => r.StatusCode == HttpStatusCode.Created);
        var retriedIds = await Task.WhenAll(retried.Select(async r => (await r.ReadJsonAsync())["id"]!.GetValue<long>()));
        Assert.Single(retriedIds.Distinct());
        var history = await (await group.Owner.Api.GetAsync($"conversations/{group.Id}/messages?limit=100")).ReadJsonAsync();
        Assert.Equal(others.Length * SendsPerMember + 1, history["items"]!.AsArray().Count);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
