using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;
using HybridChat.Tests.Realtime;

namespace HybridChat.Tests.Media;

// Profile and group pictures on the pages: plain multipart forms (no JavaScript needed), and
// initials on a colour wherever a person or group has no picture.
public class AvatarPagesTests(LiveApp live) : IClassFixture<LiveApp>
{
    private ChatApp App => live.App;

    [Fact]
    public async Task A_profile_picture_uploaded_on_the_profile_page_appears_in_a_friends_list()
    {
        var (ana, ben, _) = await App.TwoFriendsInAChatAsync();
        var anaId = await ana.IdAsync();
        using var anaBrowser = App.NewSession();
        await anaBrowser.LogInAsync(ana.UserName!);
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        var before = await benBrowser.GetPageAsync("/friends");
        var initials = before.QuerySelector($"#person-{anaId} .avatar")!;
        Assert.Equal(ana.UserName![..1].ToUpperInvariant(), initials.TextContent.Trim());
        Assert.Null(initials.QuerySelector("img"));

        var profile = await anaBrowser.GetPageAsync("/profile");
        using var uploaded = await anaBrowser.SubmitFileAsync(profile, "#profile-picture-form", TestFiles.PhotoWithLocation(800, 600), "me.jpg", "image/jpeg");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.NotNull(await ana.WhenMyAvatarShownAsync());
        var picture = (await benBrowser.GetPageAsync("/friends")).QuerySelector($"#person-{anaId} .avatar img")!;
        var src = picture.GetAttribute("src")!;
        Assert.StartsWith($"/people/{anaId}/avatar?v=", src, StringComparison.Ordinal);
        Assert.Equal("", picture.GetAttribute("alt"));
        Assert.Equal((256, 256), await AvatarSteps.SquarePictureAsync(benBrowser.Client, src));
        Assert.NotNull((await anaBrowser.GetPageAsync("/profile")).QuerySelector("#profile-picture .avatar img"));
    }

    [Fact]
    public async Task A_file_that_is_not_a_picture_is_refused_on_the_profile_page_with_the_reason()
    {
        using var browser = App.NewSession();
        await browser.SignUpAsync("ana");
        var profile = await browser.GetPageAsync("/profile");

        using var refused = await browser.SubmitFileAsync(profile, "#profile-picture-form", TestFiles.Html(), "me.html", "text/html");
        using var withoutToken = await browser.SubmitFileAsync(profile, "#profile-picture-form", TestFiles.Jpeg(), "me.jpg", "image/jpeg", withToken: false);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        var page = await WebSession.ParseAsync(refused);
        Assert.Contains("Only a picture can be a profile or group picture.", page.FieldError("file"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Null((await browser.GetPageAsync("/profile")).QuerySelector("#profile-picture .avatar img"));
    }

    [Fact]
    public async Task Removing_the_profile_picture_on_the_page_brings_back_the_initials()
    {
        var (ana, ben, chat) = await App.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "hi");
        using var set = await ana.SetAvatarAsync(TestFiles.Jpeg(), "me.jpg", "image/jpeg");
        Assert.NotNull(await ana.WhenMyAvatarShownAsync());
        using var anaBrowser = App.NewSession();
        await anaBrowser.LogInAsync(ana.UserName!);
        using var benBrowser = App.NewSession();
        await benBrowser.LogInAsync(ben.UserName!);
        Assert.NotNull((await benBrowser.GetPageAsync($"/conversations/{chat}")).QuerySelector(".message .avatar img"));

        var profile = await anaBrowser.GetPageAsync("/profile");
        using var removed = await anaBrowser.SubmitAsync(profile, "#profile-picture-remove", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var chatPage = await benBrowser.GetPageAsync($"/conversations/{chat}");
        Assert.Null(chatPage.QuerySelector(".message .avatar img"));
        Assert.Null(chatPage.QuerySelector(".chat-header .avatar img"));
        Assert.Equal(ana.UserName![..1].ToUpperInvariant(), chatPage.QuerySelector(".chat-header .avatar")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_group_picture_set_on_the_members_page_is_shown_to_members_and_hidden_from_strangers()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        using var admin = App.NewSession();
        await admin.LogInAsync(group.Admin.UserName);
        using var member = App.NewSession();
        await member.LogInAsync(group.Member.UserName);
        using var stranger = App.NewSession();
        await stranger.SignUpAsync("sam");
        Assert.Null((await member.GetPageAsync($"/conversations/{group.Id}/members")).QuerySelector($"#group-{group.Id}-picture-form"));

        var members = await admin.GetPageAsync($"/conversations/{group.Id}/members");
        using var refused = await admin.SubmitFileAsync(members, $"#group-{group.Id}-picture-form", TestFiles.WindowsProgram(), "g.exe", "application/octet-stream");
        using var uploaded = await admin.SubmitFileAsync(members, $"#group-{group.Id}-picture-form", TestFiles.Png(500, 300), "g.png", "image/png");
        using var byMember = await member.SubmitFileAsync(members, $"#group-{group.Id}-picture-form", TestFiles.Png(50, 50), "g.png", "image/png");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, refused.StatusCode);
        Assert.Contains("Not a picture", (await WebSession.ParseAsync(refused)).FieldError("file"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, byMember.StatusCode);
        Assert.NotNull(await group.Member.Api.WhenAvatarShownAsync($"conversations/{group.Id}", conversation => conversation["avatarUrl"]));
        var chat = await member.GetPageAsync($"/conversations/{group.Id}");
        var src = chat.QuerySelector($"#conversation-item-{group.Id} .avatar img")!.GetAttribute("src")!;
        Assert.StartsWith($"/conversations/{group.Id}/avatar?v=", src, StringComparison.Ordinal);
        Assert.Equal(src, chat.QuerySelector(".chat-header .avatar img")!.GetAttribute("src"));
        Assert.Equal((256, 256), await AvatarSteps.SquarePictureAsync(member.Client, src));
        using var strangerLooks = await stranger.Client.GetAsync(new Uri(src, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, strangerLooks.StatusCode);
    }

    [Fact]
    public async Task A_member_who_is_not_an_admin_cannot_set_the_group_picture_from_a_page()
    {
        using var group = await App.GroupWithEveryRoleAsync();
        using var admin = App.NewSession();
        await admin.LogInAsync(group.Admin.UserName);
        using var member = App.NewSession();
        await member.LogInAsync(group.Member.UserName);
        var memberPage = await member.GetPageAsync("/profile");
        var adminPage = await admin.GetPageAsync($"/conversations/{group.Id}/members");
        var form = adminPage.QuerySelector($"#group-{group.Id}-picture-form")!;
        form.QuerySelector("input[name=__RequestVerificationToken]")!.SetAttribute("value",
            memberPage.QuerySelector("#profile-picture-form input[name=__RequestVerificationToken]")!.GetAttribute("value"));

        using var byMember = await member.SubmitFileAsync(adminPage, $"#group-{group.Id}-picture-form", TestFiles.Png(50, 50), "g.png", "image/png");

        Assert.Equal(HttpStatusCode.Forbidden, byMember.StatusCode);
        Assert.Null((await group.Member.JsonAsync($"conversations/{group.Id}"))["avatarUrl"]);
    }
}
