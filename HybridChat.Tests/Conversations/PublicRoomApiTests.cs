using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

public class PublicRoomApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Public_groups_are_listed_and_private_ones_are_not()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        using var visitor = await ApiPerson.SignUpAsync(app, "vic");
        var tag = Unique();
        var open = await owner.CreateGroupAsync($"{tag} open", "public");
        await owner.CreateGroupAsync($"{tag} closed", "private");

        var page = await visitor.RoomsAsync(tag);

        Assert.Equal([$"{tag} open"], page.Titles());
        var room = page["items"]![0]!;
        Assert.Equal((open, 1, false), (room["id"]!.GetValue<int>(), room["memberCount"]!.GetValue<int>(), room["isMember"]!.GetValue<bool>()));
        Assert.True((await owner.RoomsAsync(tag))["items"]![0]!["isMember"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Search_ignores_case_and_lists_titles_that_start_with_the_query_first()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        var tag = Unique();
        foreach (var title in new[] { $"Jazz {tag} b", $"{tag} Zebra", $"Acid {tag} a", $"{tag.ToUpperInvariant()} apple" })
        {
            await owner.CreateGroupAsync(title, "public");
        }

        var titles = (await owner.RoomsAsync(tag.ToLowerInvariant())).Titles();

        Assert.Equal([$"{tag.ToUpperInvariant()} apple", $"{tag} Zebra", $"Acid {tag} a", $"Jazz {tag} b"], titles);
    }

    [Fact]
    public async Task Search_ignores_the_case_of_letters_beyond_ASCII_too()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        var tag = Unique();
        await owner.CreateGroupAsync($"Ünïcode café {tag}", "public");

        Assert.Equal([$"Ünïcode café {tag}"], (await owner.RoomsAsync($"CAFÉ {tag}")).Titles());
        Assert.Equal([$"Ünïcode café {tag}"], (await owner.RoomsAsync($"ünïcode café {tag}")).Titles());
    }

    [Fact]
    public async Task Pages_follow_the_cursor_without_gaps_or_repeats()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        var tag = Unique();
        var expected = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            expected.Add($"{tag} room {i}");
            await owner.CreateGroupAsync($"{tag} room {i}", "public");
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await owner.RoomsAsync(tag, cursor, limit: 3);
            seen.AddRange(page.Titles());
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(expected, seen);
        using var mangled = await owner.GetAsync("conversations/public?cursor=nonsense");
        await mangled.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Anyone_joins_a_public_group_once_however_often_they_ask()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        using var visitor = await ApiPerson.SignUpAsync(app, "vic");
        var id = await owner.CreateGroupAsync($"{Unique()} open", "public");

        var answers = await Task.WhenAll(visitor.PostAsync($"conversations/{id}/join"), visitor.PostAsync($"conversations/{id}/join"));

        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
        var roles = await owner.RolesAsync(id);
        Assert.Equal(2, roles.Count);
        Assert.Equal("member", roles[visitor.Id]);
    }

    [Fact]
    public async Task A_private_group_cannot_be_joined_by_its_id()
    {
        using var owner = await ApiPerson.SignUpAsync(app, "olga");
        using var visitor = await ApiPerson.SignUpAsync(app, "vic");
        var id = await owner.CreateGroupAsync($"{Unique()} closed", "private");

        using var refused = await visitor.PostAsync($"conversations/{id}/join");
        using var ownerAgain = await owner.PostAsync($"conversations/{id}/join");

        await refused.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.OK, ownerAgain.StatusCode);
        Assert.False(await visitor.SeesAsync(id));
    }

    private static string Unique() => $"t{Guid.NewGuid().ToString("N")[..10]}";
}
