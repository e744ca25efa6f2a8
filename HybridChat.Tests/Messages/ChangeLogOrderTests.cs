using System.Net;
using HybridChat.Data.Messaging;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;
using HybridChat.Tests.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Messages;

// Streams resume from "every change after the last id I saw", so a change may only become visible
// once every smaller id has: a follower reading the log by id while two nodes send and edit at once
// must end up having seen every change.
public class ChangeLogOrderTests
{
    private const int SendsPerMemberAndNode = 15;

    [Fact]
    public async Task A_follower_reading_the_log_by_id_while_two_nodes_send_and_edit_never_skips_a_change()
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "hybridchat-tests", Guid.NewGuid().ToString("N"));
        await using var first = new ChatApp { DataDirectory = dataDirectory, KeepDataDirectory = true };
        await using var second = new ChatApp { DataDirectory = dataDirectory };
        using var group = await first.GroupWithEveryRoleAsync();
        var onFirst = new[] { group.Owner, group.Admin, group.Member, group.OtherMember };
        var onSecond = new List<ApiPerson>();
        foreach (var person in onFirst)
        {
            var api = second.NewApiSession();
            await api.SignInAsync(person.UserName);
            onSecond.Add(new ApiPerson(api, person.Id, person.UserName));
        }

        var seeds = await Task.WhenAll(onFirst.Select(person => SendAsync(person, group.Id, "seed")));
        using var race = new CancellationTokenSource();
        var following = FollowAsync(first, race.Token);

        var sends = onFirst.Concat(onSecond).SelectMany(person => Enumerable.Range(0, SendsPerMemberAndNode)
            .Select(i => SendAsync(person, group.Id, $"{person.UserName} {i}")));
        var edits = onSecond.Zip(seeds).SelectMany(pair => Enumerable.Range(0, SendsPerMemberAndNode)
            .Select(i => EditAsync(pair.First, pair.Second, $"edit {i}")));
        await Task.WhenAll(sends.Concat(edits));
        await race.CancelAsync();
        var seen = await following;

        var logged = await first.InDatabaseAsync(db => db.MessageChanges.OrderBy(c => c.Id).Select(c => c.Id).ToListAsync());
        Assert.Equal(onFirst.Length * (1 + 3 * SendsPerMemberAndNode), logged.Count);
        Assert.Equal(logged, seen);
    }

    // As the node's change-feed reader does: from the last id seen, in id order, until told to stop,
    // then once more for what committed meanwhile.
    private static async Task<List<long>> FollowAsync(ChatApp app, CancellationToken stop)
    {
        await Task.Yield();
        var seen = new List<long>();
        while (true)
        {
            var stopping = stop.IsCancellationRequested;
            await using var scope = app.Services.CreateAsyncScope();
            var feed = scope.ServiceProvider.GetRequiredService<ChangeFeed>();
            var changes = await feed.ReadAllAsync(seen.LastOrDefault(), 1000, CancellationToken.None);
            seen.AddRange(changes.Select(c => c.Id));
            if (stopping && changes.Count == 0)
            {
                return seen;
            }
        }
    }

    private static async Task<long> SendAsync(ApiPerson person, int conversationId, string text)
    {
        using var response = await person.PostAsync($"conversations/{conversationId}/messages", new { clientMessageId = Guid.NewGuid().ToString("N"), text });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.ReadJsonAsync())["id"]!.GetValue<long>();
    }

    private static async Task EditAsync(ApiPerson person, long messageId, string text)
    {
        using var response = await person.Api.PatchAsync($"messages/{messageId}", new { text });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
