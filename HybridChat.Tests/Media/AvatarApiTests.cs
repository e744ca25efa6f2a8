using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Media;

public class AvatarApiTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_profile_picture_set_through_the_api_reaches_a_friend_as_a_square_webp()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        await ana.SendAsync(chat, "hello");

        using var set = await ana.SetAvatarAsync(TestFiles.Jpeg(900, 500), "me at the beach.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        var url = await ana.WhenMyAvatarShownAsync();
        Assert.StartsWith($"/api/v1/users/{anaId}/avatar", url, StringComparison.Ordinal);
        var friends = await ben.WhenAvatarShownAsync("friends", list => list["items"]![0]!["avatarUrl"]);
        Assert.Equal(url, friends);
        Assert.Equal(url, (await (await ben.GetAsync($"users/{anaId}")).ReadJsonAsync())["avatarUrl"]!.GetValue<string>());
        var conversations = await (await ben.GetAsync("conversations")).ReadJsonAsync();
        Assert.Equal(url, conversations["items"]!.AsArray().Single(c => c!["id"]!.GetValue<int>() == chat)!["avatarUrl"]!.GetValue<string>());
        var history = await (await ben.GetAsync($"conversations/{chat}/messages")).ReadJsonAsync();
        Assert.Equal(url, history["items"]![0]!["sender"]!["avatarUrl"]!.GetValue<string>());
        Assert.Equal((256, 256), await AvatarSteps.SquarePictureAsync(ben.Client, url!));
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_as_a_profile_picture()
    {
        using var ana = App.NewApiSession();
        await ana.SignUpAsync("ana");

        using var html = await ana.SetAvatarAsync(TestFiles.Html(), "me.html", "text/html");
        using var program = await ana.SetAvatarAsync(TestFiles.WindowsProgram(), "me.jpg", "image/jpeg");
        using var missing = await ana.Client.PutAsync(new Uri("/api/v1/me/avatar", UriKind.Relative), new MultipartFormDataContent { { new StringContent("x"), "note" } });

        var problem = await html.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("Only a picture can be a profile or group picture.", problem["detail"]!.GetValue<string>());
        await program.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.NotEmpty((await missing.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("file"));
        Assert.Null((await (await ana.GetAsync("me")).ReadJsonAsync())["avatarUrl"]);
    }

    [Fact]
    public async Task Anyone_signed_in_may_see_a_profile_picture_but_not_across_a_block()
    {
        using var ana = await ApiPerson.SignUpAsync(App, "ana");
        using var stranger = await ApiPerson.SignUpAsync(App, "sam");
        using var blocked = await ApiPerson.SignUpAsync(App, "bob");
        using var set = await ana.Api.SetAvatarAsync(TestFiles.Png(300, 300), "me.png", "image/png");
        var url = await ana.Api.WhenMyAvatarShownAsync();
        using var block = await ana.PutAsync($"blocks/{blocked.Id}");
        Assert.Equal(HttpStatusCode.NoContent, block.StatusCode);

        using var seen = await stranger.Api.Client.GetAsync(new Uri(url!, UriKind.Relative));
        using var hidden = await blocked.Api.Client.GetAsync(new Uri(url!, UriKind.Relative));
        using var anonymous = new HttpClient { BaseAddress = App.StartKestrel() };
        using var signedOut = await anonymous.GetAsync(new Uri(url!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, seen.StatusCode);
        await hidden.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, signedOut.StatusCode);
    }

    [Fact]
    public async Task Removing_a_profile_picture_brings_back_the_initials()
    {
        var (ana, ben, _) = await App.TwoFriendsInAChatAsync();
        using var set = await ana.SetAvatarAsync(TestFiles.Jpeg(400, 400), "me.jpg", "image/jpeg");
        var url = await ana.WhenMyAvatarShownAsync();

        using var removed = await ana.Client.DeleteAsync(new Uri("/api/v1/me/avatar", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        Assert.Null((await (await ana.GetAsync("me")).ReadJsonAsync())["avatarUrl"]);
        Assert.Null((await (await ben.GetAsync("friends")).ReadJsonAsync())["items"]![0]!["avatarUrl"]);
        using var gone = await ben.Client.GetAsync(new Uri(url!, UriKind.Relative));
        await gone.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_group_picture_is_set_by_an_admin_and_seen_by_members_only()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        using var stranger = await ApiPerson.SignUpAsync(App, "sam");

        using var byMember = await group.Member.Api.SetAvatarAsync(TestFiles.Png(200, 200), "g.png", "image/png", $"conversations/{group.Id}/avatar");
        using var byStranger = await stranger.Api.SetAvatarAsync(TestFiles.Png(200, 200), "g.png", "image/png", $"conversations/{group.Id}/avatar");
        using var notAPicture = await group.Admin.Api.SetAvatarAsync(TestFiles.Html(), "g.html", "text/html", $"conversations/{group.Id}/avatar");
        using var byAdmin = await group.Admin.Api.SetAvatarAsync(TestFiles.Jpeg(640, 480), "g.jpg", "image/jpeg", $"conversations/{group.Id}/avatar");

        await byMember.AssertProblemAsync(HttpStatusCode.Forbidden);
        await byStranger.AssertProblemAsync(HttpStatusCode.NotFound);
        await notAPicture.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(HttpStatusCode.OK, byAdmin.StatusCode);
        var url = await group.Member.Api.WhenAvatarShownAsync("conversations",
            list => list["items"]!.AsArray().Single(c => c!["id"]!.GetValue<int>() == group.Id)!["avatarUrl"]);
        Assert.NotNull(url);
        Assert.Equal($"/api/v1/conversations/{group.Id}/avatar", url[..url.IndexOf('?', StringComparison.Ordinal)]);
        Assert.Equal(url, (await group.Member.JsonAsync($"conversations/{group.Id}"))["avatarUrl"]!.GetValue<string>());
        Assert.Equal((256, 256), await AvatarSteps.SquarePictureAsync(group.OtherMember.Api.Client, url));
        using var strangerLooks = await stranger.Api.Client.GetAsync(new Uri(url, UriKind.Relative));
        await strangerLooks.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_owner_and_admins_may_remove_a_group_picture()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        using var set = await group.Owner.Api.SetAvatarAsync(TestFiles.Png(200, 120), "g.png", "image/png", $"conversations/{group.Id}/avatar");
        var url = await group.Member.Api.WhenAvatarShownAsync($"conversations/{group.Id}", conversation => conversation["avatarUrl"]);

        using var byMember = await group.Member.DeleteAsync($"conversations/{group.Id}/avatar");
        using var byOwner = await group.Owner.DeleteAsync($"conversations/{group.Id}/avatar");

        await byMember.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.NoContent, byOwner.StatusCode);
        Assert.Null((await group.Member.JsonAsync($"conversations/{group.Id}"))["avatarUrl"]);
        using var gone = await group.Member.Api.Client.GetAsync(new Uri(url!, UriKind.Relative));
        await gone.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_direct_chat_has_no_picture_of_its_own()
    {
        var (ana, _, chat) = await App.TwoFriendsInAChatAsync();

        using var set = await ana.SetAvatarAsync(TestFiles.Png(100, 100), "g.png", "image/png", $"conversations/{chat}/avatar");

        Assert.Equal("Not a group", (await set.AssertProblemAsync(HttpStatusCode.BadRequest))["title"]!.GetValue<string>());
    }
}
