using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.People;

public class UserSearchApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    private static string Token() => Guid.NewGuid().ToString("N")[..6];

    [Fact]
    public async Task Search_finds_user_names_and_display_names_anywhere_ignoring_case_prefixes_first()
    {
        var token = Token();
        using var viewer = await ApiPerson.SignUpAsync(app, "viewer");
        using var inside = await ApiPerson.SignUpAsync(app, $"x{token}y");
        using var prefix = await ApiPerson.SignUpAsync(app, $"{token}zz");
        using var displayed = await ApiPerson.SignUpAsync(app, "shown", displayName: $"Dr {token.ToUpperInvariant()} Who");
        using var other = await ApiPerson.SignUpAsync(app, "other");

        var found = await viewer.SearchAsync(token.ToUpperInvariant());

        Assert.Equal(prefix.UserName, found[0]);
        Assert.Equal([displayed.UserName, inside.UserName], found[1..].Order());
        Assert.Equal(await viewer.SearchAsync($" {token} "), found);
    }

    [Fact]
    public async Task Search_ignores_the_case_of_letters_beyond_ASCII_too()
    {
        var token = Token();
        using var viewer = await ApiPerson.SignUpAsync(app, "viewer");
        using var elodie = await ApiPerson.SignUpAsync(app, "elodie", displayName: $"élodie {token} ørsted");

        Assert.Equal([elodie.UserName], await viewer.SearchAsync($"ÉLODIE {token.ToUpperInvariant()}"));
        Assert.Equal([elodie.UserName], await viewer.SearchAsync($"{token} ØRSTED"));
        Assert.Empty(await viewer.SearchAsync($"elodie {token}"));
    }

    [Fact]
    public async Task Search_pages_through_every_match_once_with_the_cursor()
    {
        var token = Token();
        using var viewer = await ApiPerson.SignUpAsync(app, "viewer");
        var names = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            using var person = await ApiPerson.SignUpAsync(app, i % 2 == 0 ? $"{token}{i}" : $"a{token}{i}");
            names.Add(person.UserName);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await viewer.JsonAsync($"users?query={token}&limit=2" + (cursor is null ? "" : $"&cursor={cursor}"));
            seen.AddRange(page["items"]!.AsArray().Select(item => item!["userName"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(names.Order(), seen.Order());
        Assert.Equal(5, seen.Distinct().Count());
    }

    [Fact]
    public async Task Each_result_says_how_that_person_stands_to_you()
    {
        var token = Token();
        using var me = await ApiPerson.SignUpAsync(app, "me");
        using var friend = await ApiPerson.SignUpAsync(app, $"{token}f");
        using var asked = await ApiPerson.SignUpAsync(app, $"{token}o");
        using var asking = await ApiPerson.SignUpAsync(app, $"{token}i");
        using var blocked = await ApiPerson.SignUpAsync(app, $"{token}b");
        using var stranger = await ApiPerson.SignUpAsync(app, $"{token}n");
        await me.BecomeFriendsAsync(friend);
        var outgoing = await me.SendRequestAsync(asked);
        var incoming = await asking.SendRequestAsync(me);
        await me.BlockAsync(blocked);

        var items = (await me.JsonAsync($"users?query={token}"))["items"]!.AsArray()
            .ToDictionary(item => item!["id"]!.GetValue<int>(), item => item!);

        Assert.Equal("friend", items[friend.Id]["relationship"]!.GetValue<string>());
        Assert.Equal("outgoing", items[asked.Id]["relationship"]!.GetValue<string>());
        Assert.Equal(outgoing, items[asked.Id]["friendRequestId"]!.GetValue<int>());
        Assert.Equal("incoming", items[asking.Id]["relationship"]!.GetValue<string>());
        Assert.Equal(incoming, items[asking.Id]["friendRequestId"]!.GetValue<int>());
        Assert.Equal("blocked", items[blocked.Id]["relationship"]!.GetValue<string>());
        Assert.Equal("none", items[stranger.Id]["relationship"]!.GetValue<string>());
        Assert.Equal(stranger.UserName, items[stranger.Id]["userName"]!.GetValue<string>());
        Assert.True(items[stranger.Id].AsObject().ContainsKey("avatarUrl"));
    }

    [Fact]
    public async Task People_who_blocked_you_are_not_found_at_all()
    {
        var token = Token();
        using var me = await ApiPerson.SignUpAsync(app, $"{token}me");
        using var blocker = await ApiPerson.SignUpAsync(app, $"{token}bl");
        await blocker.BlockAsync(me);

        using var page = await me.GetAsync($"users/{blocker.Id}");

        Assert.Empty(await me.SearchAsync(token));
        await page.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal([me.UserName], await blocker.SearchAsync(token));
    }

    [Fact]
    public async Task Odd_input_is_handled_plainly()
    {
        using var me = await ApiPerson.SignUpAsync(app, "me");

        using var unknown = await me.GetAsync("users/999999");
        using var mangled = await me.GetAsync("users?query=a&cursor=not-a-cursor!");
        var wildcards = await me.SearchAsync("%_");
        var nothing = await me.JsonAsync("users?query=");

        await unknown.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.NotEmpty((await mangled.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cursor"));
        Assert.Empty(wildcards);
        Assert.Empty(nothing["items"]!.AsArray());
        Assert.DoesNotContain(me.UserName, await me.SearchAsync(me.UserName));
    }

    [Fact]
    public async Task Presence_shows_only_to_those_the_last_seen_setting_allows()
    {
        using var viewer = await ApiPerson.SignUpAsync(app, "viewer");
        using var friend = await ApiPerson.SignUpAsync(app, "friend");
        using var open = await ApiPerson.SignUpAsync(app, "open");
        using var friendsOnly = await ApiPerson.SignUpAsync(app, "fonly");
        using var hidden = await ApiPerson.SignUpAsync(app, "hidden");
        await friend.BecomeFriendsAsync(friendsOnly);
        await friend.BecomeFriendsAsync(hidden);
        (await friendsOnly.Api.PatchAsync("me", new { lastSeenVisibility = "friends" })).Dispose();
        (await hidden.Api.PatchAsync("me", new { lastSeenVisibility = "nobody" })).Dispose();

        Assert.False((await viewer.JsonAsync($"users/{open.Id}"))["isOnline"]!.GetValue<bool>());
        Assert.Null((await viewer.JsonAsync($"users/{friendsOnly.Id}"))["isOnline"]);
        Assert.False((await friend.JsonAsync($"users/{friendsOnly.Id}"))["isOnline"]!.GetValue<bool>());
        Assert.Null((await friend.JsonAsync($"users/{hidden.Id}"))["isOnline"]);
        var details = await viewer.JsonAsync($"users/{open.Id}");
        Assert.Equal(open.UserName, details["userName"]!.GetValue<string>());
        Assert.Equal("none", details["relationship"]!.GetValue<string>());
        Assert.True(details.ContainsKey("bio"));
    }
}
