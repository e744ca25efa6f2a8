using System.Text.RegularExpressions;
using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Notifications;

public class TabTitleTests(AppFixture app) : BrowserTest(app)
{
    private static readonly Regex NoCount = new(@"^[^(].* · HybridChat$", RegexOptions.None, TimeSpan.FromSeconds(1));

    [Fact]
    public async Task The_tab_title_counts_unread_messages_as_they_arrive_and_reading_the_chat_clears_it()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        await Page.SignInAsync(ana);
        await Page.GotoAsync("/conversations");
        await Expect(Page).ToHaveTitleAsync(NoCount);

        await arrange.SendMessageAsync(ben, chat, "Are you there?");
        await Expect(Page).ToHaveTitleAsync(new Regex(@"^\(1\) .* · HybridChat$", RegexOptions.None, TimeSpan.FromSeconds(1)));
        await arrange.SendMessageAsync(ben, chat, "Hello?");
        await Expect(Page).ToHaveTitleAsync(new Regex(@"^\(2\) ", RegexOptions.None, TimeSpan.FromSeconds(1)));

        await Page.OpenChatAsync(chat);
        await Expect(Page.Messages(chat)).ToContainTextAsync("Hello?");
        await Expect(Page).ToHaveTitleAsync(new Regex(@"^Ben · HybridChat$", RegexOptions.None, TimeSpan.FromSeconds(1)));
    }
}
