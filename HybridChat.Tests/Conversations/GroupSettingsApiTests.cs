using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Conversations;

public class GroupSettingsApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_owner_and_an_admin_rename_the_group_and_change_its_visibility()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var renamed = await group.Owner.ReviseAsync(group.Id, new { title = "  Book club  " });
        using var opened = await group.Admin.ReviseAsync(group.Id, new { visibility = "public" });

        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal("Book club", (await renamed.ReadJsonAsync())["title"]!.GetValue<string>());
        var now = await opened.ReadJsonAsync();
        Assert.Equal(("Book club", "public"), (now["title"]!.GetValue<string>(), now["visibility"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_member_cannot_rename_the_group()
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var refused = await group.Member.ReviseAsync(group.Id, new { title = "Mine now", visibility = "public" });

        await refused.AssertProblemAsync(HttpStatusCode.Forbidden);
        var unchanged = await group.Member.JsonAsync($"conversations/{group.Id}");
        Assert.StartsWith("Group ", unchanged["title"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("private", unchanged["visibility"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task A_blank_or_too_long_title_is_a_validation_error(string title)
    {
        using var group = await app.GroupWithEveryRoleAsync();

        using var blank = await group.Owner.ReviseAsync(group.Id, new { title });
        using var tooLong = await group.Owner.ReviseAsync(group.Id, new { title = new string('x', 101) });

        Assert.NotEmpty((await blank.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("title"));
        Assert.NotEmpty((await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("title"));
    }
}
