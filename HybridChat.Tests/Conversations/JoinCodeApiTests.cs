using System.Net;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Conversations;

public class JoinCodeApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Someone_who_is_no_ones_friend_joins_with_the_code_an_admin_made()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var guest = await ApiPerson.SignUpAsync(app, "gus");
        var code = await group.Admin.NewJoinCodeAsync(group.Id);

        using var joined = await guest.JoinWithCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, joined.StatusCode);
        var conversation = await joined.ReadJsonAsync();
        Assert.Equal(group.Id, conversation["id"]!.GetValue<int>());
        Assert.Equal("member", (await group.Owner.RolesAsync(group.Id))[guest.Id]);
        Assert.True(code.Length >= 20, "A join code must be long enough not to be guessed.");
    }

    [Fact]
    public async Task A_new_code_retires_the_old_one()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var guest = await ApiPerson.SignUpAsync(app, "gus");
        var old = await group.Owner.NewJoinCodeAsync(group.Id);

        var rotated = await group.Owner.NewJoinCodeAsync(group.Id);

        Assert.NotEqual(old, rotated);
        using var withOld = await guest.JoinWithCodeAsync(old);
        await withOld.AssertProblemAsync(HttpStatusCode.NotFound);
        using var withNew = await guest.JoinWithCodeAsync(rotated);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task A_disabled_code_and_a_wrong_code_both_answer_404()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        using var guest = await ApiPerson.SignUpAsync(app, "gus");
        var code = await group.Owner.NewJoinCodeAsync(group.Id);

        using var disabled = await group.Admin.DeleteAsync($"conversations/{group.Id}/join-code");

        Assert.Equal(HttpStatusCode.NoContent, disabled.StatusCode);
        using var withDisabled = await guest.JoinWithCodeAsync(code);
        using var withWrong = await guest.JoinWithCodeAsync(code + "x");
        using var withNone = await guest.PostAsync("conversations/join", new { });
        await withDisabled.AssertProblemAsync(HttpStatusCode.NotFound);
        await withWrong.AssertProblemAsync(HttpStatusCode.NotFound);
        await withNone.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.False(await guest.SeesAsync(group.Id));
    }

    [Fact]
    public async Task Joining_twice_answers_200_and_leaves_one_membership()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var code = await group.Owner.NewJoinCodeAsync(group.Id);

        using var memberJoins = await group.Member.JoinWithCodeAsync(code);
        using var ownerJoins = await group.Owner.JoinWithCodeAsync(code);

        Assert.Equal(HttpStatusCode.OK, memberJoins.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownerJoins.StatusCode);
        var roles = await group.Owner.RolesAsync(group.Id);
        Assert.Equal(4, roles.Count);
        Assert.Equal(("owner", "member"), (roles[group.Owner.Id], roles[group.Member.Id]));
    }

    [Fact]
    public async Task A_member_can_neither_make_nor_turn_off_the_code()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        var code = await group.Owner.NewJoinCodeAsync(group.Id);

        using var makes = await group.Member.PostAsync($"conversations/{group.Id}/join-code");
        using var disables = await group.Member.DeleteAsync($"conversations/{group.Id}/join-code");

        await makes.AssertProblemAsync(HttpStatusCode.Forbidden);
        await disables.AssertProblemAsync(HttpStatusCode.Forbidden);
        using var stillWorks = await group.OtherMember.JoinWithCodeAsync(code);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
    }

    [Fact]
    public async Task Two_joins_with_the_same_code_at_once_make_one_membership()
    {
        for (var round = 0; round < 5; round++)
        {
            using var group = await app.GroupWithEveryRoleAsync();
            using var guest = await ApiPerson.SignUpAsync(app, "gus");
            var code = await group.Owner.NewJoinCodeAsync(group.Id);

            var answers = await Task.WhenAll(guest.JoinWithCodeAsync(code), guest.JoinWithCodeAsync(code), guest.PostAsync("conversations/join", new { code }));

            Assert.All(answers, answer => Assert.Equal(HttpStatusCode.OK, answer.StatusCode));
            Assert.Equal(5, (await group.Owner.RolesAsync(group.Id)).Count);
        }
    }
}
