using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Realtime;

public class SessionEndTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task Logging_out_in_one_tab_stops_the_other_tabs_stream_and_it_says_so_instead_of_reconnecting()
    {
        var (chat, benContext, benPage) = await AnaAndBenInAChatAsync();
        var otherTab = await benContext.NewPageAsync();
        await otherTab.GotoAsync("/");

        await otherTab.LogOutAsync();

        await Expect(benPage.GetByRole(AriaRole.Status)).ToHaveTextAsync("You were signed out. Log in again");
        await Expect(benPage.Locator("#live-stream")).ToHaveCountAsync(0);
        await Expect(benPage.Locator("#live-status")).ToBeHiddenAsync();
        await Page.SendAsync("after the logout");
        await Expect(Page.Messages(chat)).ToContainTextAsync("after the logout");
        await Expect(benPage.Messages(chat)).Not.ToContainTextAsync("after the logout");
    }
}
