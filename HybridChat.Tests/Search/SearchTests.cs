using System.Net;
using HybridChat.Tests.Conversations;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.People;

namespace HybridChat.Tests.Search;

public class SearchTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task A_member_finds_words_in_their_conversation_with_the_words_marked()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "Let's meet at the harbour tomorrow");
        await ana.SendAsync(chat, "Something else entirely");

        var page = await ben.SearchAsync("harbour");

        var hit = Assert.Single(page["items"]!.AsArray())!;
        Assert.Equal(message.Id(), hit["id"]!.GetValue<long>());
        Assert.Equal(chat, hit["conversationId"]!.GetValue<int>());
        Assert.Equal(await ana.IdAsync(), hit["sender"]!["id"]!.GetValue<int>());
        Assert.Equal("Let&#x27;s meet at the <mark>harbour</mark> tomorrow", hit["excerptHtml"]!.GetValue<string>());
        Assert.Null(page["nextCursor"]);
        Assert.Equal([message.Id()], await ben.FindAsync("meet harb"));
    }

    [Fact]
    public async Task Case_folds_everywhere_and_accents_fold_on_sqlite()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "Un Café au lait, s'il vous plaît");

        Assert.Equal([message.Id()], await ben.FindAsync("CAFÉ"));
        // PostgreSQL's 'simple' configuration folds case only: unaccent is not installed by default.
        Assert.Equal(TestDatabase.IsPostgreSql ? [] : [message.Id()], await ben.FindAsync("cafe plait"));
    }

    [Fact]
    public async Task A_stranger_finds_nothing_and_cannot_search_into_the_conversation()
    {
        var (ana, _, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "the secret password is swordfish");
        using var stranger = app.NewApiSession();
        await stranger.SignUpAsync("carl");

        Assert.Empty(await stranger.FindAsync("swordfish"));
        using var into = await stranger.GetAsync($"search?q=swordfish&conversationId={chat}");
        await into.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_removed_member_finds_nothing_from_the_group_after_their_removal()
    {
        using var group = await app.GroupWithEveryRoleAsync();
        await group.Owner.Api.SendAsync(group.Id, "the lighthouse keeper");
        Assert.Single(await group.Member.Api.FindAsync("lighthouse"));

        using var removed = await group.Owner.RemoveAsync(group.Id, group.Member);
        Assert.True(removed.IsSuccessStatusCode);
        await group.Owner.Api.SendAsync(group.Id, "a new lighthouse");

        Assert.Empty(await group.Member.Api.FindAsync("lighthouse"));
        using var into = await group.Member.GetAsync($"search?q=lighthouse&conversationId={group.Id}");
        await into.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(2, (await group.OtherMember.Api.FindAsync("lighthouse")).Length);
    }

    [Fact]
    public async Task Edited_messages_are_found_by_their_new_text_and_deleted_ones_not_at_all()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var edited = await ana.SendAsync(chat, "I love pineapple");
        var deleted = await ana.SendAsync(chat, "kiwi is better");
        using var edit = await ana.PatchAsync($"messages/{edited.Id()}", new { text = "I love mango" });
        using var delete = await ana.Client.DeleteAsync($"/api/v1/messages/{deleted.Id()}");
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, delete.StatusCode);

        Assert.Empty(await ben.FindAsync("pineapple"));
        Assert.Equal([edited.Id()], await ben.FindAsync("mango"));
        Assert.Empty(await ben.FindAsync("kiwi"));
    }

    [Fact]
    public async Task Filters_narrow_the_hits_to_a_conversation_a_sender_and_a_period()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        using var cleo = app.NewApiSession();
        await cleo.SignUpAsync("cleo");
        await ana.BefriendAsync(cleo);
        var other = await ana.OpenDirectChatAsync(cleo);
        var fromAna = await ana.SendAsync(chat, "pancakes on sunday");
        var fromBen = await ben.SendAsync(chat, "pancakes again");
        var elsewhere = await cleo.SendAsync(other, "pancakes with cleo");

        Assert.Equal(3, (await ana.FindAsync("pancakes")).Length);
        Assert.Equal([elsewhere.Id()], await ana.FindAsync("pancakes", $"&conversationId={other}"));
        Assert.Equal([fromBen.Id()], await ana.FindAsync("pancakes", $"&conversationId={chat}&senderId={await ben.IdAsync()}"));
        var sentAt = fromAna["createdAt"]!.GetValue<DateTime>().ToUniversalTime().AddMilliseconds(-1);
        var stamp = (DateTime at) => Uri.EscapeDataString(at.ToString("O"));
        Assert.Equal(3, (await ana.FindAsync("pancakes", $"&from={stamp(sentAt)}")).Length);
        Assert.Empty(await ana.FindAsync("pancakes", $"&to={stamp(sentAt)}"));
        Assert.Empty(await ana.FindAsync("pancakes", $"&from={stamp(DateTime.UtcNow.AddMinutes(5))}"));
    }

    [Fact]
    public async Task Html_in_a_message_is_encoded_in_its_excerpt()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ana.SendAsync(chat, "<script>alert('banana')</script><mark>x</mark>");

        var excerpt = (await ben.SearchAsync("banana"))["items"]![0]!["excerptHtml"]!.GetValue<string>();

        Assert.Contains("<mark>banana</mark>", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", excerpt, StringComparison.Ordinal);
        Assert.Equal(1, excerpt.Split("<mark>").Length - 1);
        Assert.Contains("&lt;", excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  !!! ??? ")]
    public async Task A_query_without_words_is_refused_with_a_field_error(string query)
    {
        var (ana, _, _) = await app.TwoFriendsInAChatAsync();

        using var response = await ana.GetAsync($"search?q={Uri.EscapeDataString(query)}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("q"));
    }

    [Fact]
    public async Task Operators_and_quotes_in_a_query_are_searched_as_plain_words()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var message = await ana.SendAsync(chat, "say \"hi\" OR bye");

        Assert.Equal([message.Id()], await ben.FindAsync("\"hi\" OR"));
        Assert.Empty(await ben.FindAsync("NEAR(hi* -bye) NOT \"' ^"));
    }

    [Fact]
    public async Task A_too_long_query_and_a_made_up_cursor_are_refused()
    {
        var (ana, _, _) = await app.TwoFriendsInAChatAsync();

        using var tooLong = await ana.GetAsync($"search?q={new string('a', 201)}");
        using var badCursor = await ana.GetAsync("search?q=hello&cursor=nonsense");

        Assert.NotEmpty((await tooLong.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("q"));
        Assert.NotEmpty((await badCursor.AssertProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cursor"));
    }

    [Fact]
    public async Task The_search_page_lists_hits_without_javascript_and_a_hit_opens_the_chat_at_its_message()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var found = await ana.SendAsync(chat, "the treasure is under the oak");
        for (var i = 0; i < 3; i++)
        {
            await ana.SendAsync(chat, $"later message {i}");
        }

        using var web = app.NewSession();
        using var loggedIn = await web.LogInAsync(ben.UserName!);
        var page = await web.GetPageAsync("/search?q=treasure");

        var hit = Assert.Single(page.QuerySelectorAll(".search-hit"));
        Assert.Equal("treasure", hit.QuerySelector("mark")!.TextContent);
        var opened = await web.GetPageAsync(hit.GetAttribute("href")!);
        var messages = opened.QuerySelectorAll(".messages .message");
        Assert.Equal($"message-{found.Id()}", messages[^1].Id);
        Assert.NotNull(opened.QuerySelector($".newer-messages[href='/conversations/{chat}']"));
    }

    [Fact]
    public async Task The_search_page_answers_htmx_with_just_the_results_and_pages_with_more_results()
    {
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        for (var i = 0; i < 25; i++)
        {
            await ana.SendAsync(chat, $"walrus number {i}");
        }

        using var web = app.NewSession();
        using var loggedIn = await web.LogInAsync(ben.UserName!);
        var first = await web.HtmxGetAsync($"/search?q=walrus&conversationId={chat}");

        Assert.Null(first.QuerySelector("form.message-search"));
        Assert.Equal(20, first.QuerySelectorAll(".search-hit").Length);
        var more = first.QuerySelector(".search-more")!.GetAttribute("hx-get")!;
        var second = await web.HtmxGetAsync(more);
        Assert.Equal(5, second.QuerySelectorAll(".search-hit").Length);
        Assert.Null(second.QuerySelector(".search-more"));
    }
}
