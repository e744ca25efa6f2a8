using System.Globalization;
using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

public class GroupPagesTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_group_made_on_the_web_holds_the_friends_picked_and_opens_its_chat()
    {
        using var olga = await ApiPerson.SignUpAsync(app, "olga");
        using var ben = await ApiPerson.SignUpAsync(app, "ben");
        using var cid = await ApiPerson.SignUpAsync(app, "cid");
        await olga.BecomeFriendsAsync(ben);
        await olga.BecomeFriendsAsync(cid);
        using var web = await olga.OnTheWebAsync(app);
        var form = await web.GetPageAsync("/groups/new");

        using var created = await web.SubmitAsync(form, "#group-form", GroupPages.Fields(("Title", "Climbing"), ("Visibility", "Public"), ("MemberIds", $"{ben.Id}")));

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var chat = await web.GetPageAsync(created.Headers.Location!.OriginalString);
        Assert.Equal("Climbing", chat.QuerySelector(".chat-header h1")!.TextContent.Trim());
        var id = int.Parse(created.Headers.Location!.OriginalString.Split('/')[^1], CultureInfo.InvariantCulture);
        var members = await web.GetPageAsync(chat.QuerySelector(".group-members-link")!.GetAttribute("href")!);
        Assert.NotNull(members.MemberCard(id, ben.Id));
        Assert.Null(members.MemberCard(id, cid.Id));
        Assert.Equal("public", (await ben.JsonAsync($"conversations/{id}"))["visibility"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_group_without_a_title_is_shown_again_with_422()
    {
        using var olga = await ApiPerson.SignUpAsync(app, "olga");
        using var web = await olga.OnTheWebAsync(app);
        var form = await web.GetPageAsync("/groups/new");

        using var refused = await web.HtmxPostAsync(form, "/groups", GroupPages.Fields(("Title", " "), ("Visibility", "Private")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var fragment = await WebSession.ParseAsync(refused);
        Assert.NotNull(fragment.QuerySelector("#group-form"));
        Assert.Contains("title", fragment.FieldError("Title"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_sees_buttons_a_member_does_not_and_a_forged_press_changes_nothing()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var ownerWeb = await group.Owner.OnTheWebAsync(app);
        using var memberWeb = await group.OtherMember.OnTheWebAsync(app);

        using var promoted = await ownerWeb.PressOnMemberAsync(group.Id, group.Member.Id, "Make admin");

        Assert.Equal(HttpStatusCode.OK, promoted.StatusCode);
        var list = await WebSession.ParseAsync(promoted);
        Assert.Equal("admin", list.MemberCard(group.Id, group.Member.Id)!.GetAttribute("data-role"));
        Assert.Equal(["Make admin", "Make owner", "Remove"], list.MemberCard(group.Id, group.OtherMember.Id)!.Buttons());
        Assert.Equal(["Remove admin", "Make owner", "Remove"], list.MemberCard(group.Id, group.Member.Id)!.Buttons());
        var membersPage = await memberWeb.GetPageAsync($"/conversations/{group.Id}/members");
        Assert.Empty(membersPage.QuerySelectorAll(".member-actions button"));
        Assert.Null(membersPage.QuerySelector(".group-settings"));
        using var forged = await memberWeb.HtmxPostAsync(membersPage, $"/conversations/{group.Id}/members/{group.Owner.Id}/remove");
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        Assert.Equal("Only the group's owner and admins can do that.", (await WebSession.ParseAsync(forged)).QuerySelector("[role=alert]")!.TextContent.Trim());
        Assert.Equal(4, (await group.Owner.RolesAsync(group.Id)).Count);
    }

    [Fact]
    public async Task An_admin_adds_a_friend_and_removes_a_member_from_the_members_page()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var friend = await ApiPerson.SignUpAsync(app, "fay");
        await group.Admin.BecomeFriendsAsync(friend);
        using var web = await group.Admin.OnTheWebAsync(app);
        var page = await web.GetPageAsync($"/conversations/{group.Id}/members");

        using var added = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/members", GroupPages.Fields(("userId", $"{friend.Id}")));
        using var removed = await web.PressOnMemberAsync(group.Id, group.OtherMember.Id, "Remove");
        using var notAFriend = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/members", GroupPages.Fields(("userId", $"{group.OtherMember.Id}")));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.NotNull((await WebSession.ParseAsync(added)).MemberCard(group.Id, friend.Id));
        Assert.Null((await WebSession.ParseAsync(removed)).MemberCard(group.Id, group.OtherMember.Id));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notAFriend.StatusCode);
        Assert.Equal(["Remove"], page.MemberCard(group.Id, group.Member.Id)!.Buttons());
        Assert.Empty(page.MemberCard(group.Id, group.Owner.Id)!.Buttons());
        Assert.Empty(page.MemberCard(group.Id, group.Admin.Id)!.Buttons());
    }

    [Fact]
    public async Task The_owner_renames_the_group_and_a_blank_name_is_shown_again_with_422()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var web = await group.Owner.OnTheWebAsync(app);
        var page = await web.GetPageAsync($"/conversations/{group.Id}/members");

        using var saved = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/settings", GroupPages.Fields(("Title", "Renamed"), ("Visibility", "Private")));
        using var blank = await web.HtmxPostAsync(page, $"/conversations/{group.Id}/settings", GroupPages.Fields(("Title", ""), ("Visibility", "Private")));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("Saved.", (await WebSession.ParseAsync(saved)).QuerySelector(".notice")!.TextContent.Trim());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, blank.StatusCode);
        Assert.NotEmpty((await WebSession.ParseAsync(blank)).FieldError("Title")!);
        Assert.Equal("Renamed", (await group.Member.JsonAsync($"conversations/{group.Id}"))["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Leaving_on_the_web_goes_to_the_rooms_and_the_group_is_gone()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var web = await group.Member.OnTheWebAsync(app);
        var page = await web.GetPageAsync($"/conversations/{group.Id}/members");

        using var left = await web.SubmitAsync(page, "form.group-leave", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Equal("/rooms", left.Headers.Location!.OriginalString);
        await web.GetPageAsync($"/conversations/{group.Id}", HttpStatusCode.NotFound);
        Assert.False(await group.Member.SeesAsync(group.Id));
    }

    [Fact]
    public async Task A_press_without_the_antiforgery_token_is_refused()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var web = await group.Owner.OnTheWebAsync(app);

        using var forged = await web.Client.PostAsync($"/conversations/{group.Id}/members/{group.Member.Id}/remove", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.True(await group.Member.SeesAsync(group.Id));
    }
}
