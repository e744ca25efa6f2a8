using HybridChat.E2E.Infrastructure;

namespace HybridChat.E2E.Realtime;

public class LiveMessagesTests(AppFixture app) : ChatBrowserTest(app)
{
    [Fact]
    public async Task A_message_appears_for_the_other_person_without_reloading()
    {
        var (chat, _, benPage) = await AnaAndBenInAChatAsync();
        await benPage.EvaluateAsync("window.notReloaded = true");

        await Page.SendAsync("Hello Ben <b>bold</b>\nsecond line");

        await Expect(benPage.Messages(chat)).ToContainTextAsync("Hello Ben <b>bold</b>");
        Assert.True(await benPage.EvaluateAsync<bool>("window.notReloaded === true"));
        await Expect(Page.Messages(chat).Locator(".message")).ToHaveCountAsync(1);
        await Expect(benPage.Messages(chat).Locator(".message b")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Messages_sent_while_the_other_person_is_offline_are_all_there_when_they_come_back()
    {
        var (chat, benContext, benPage) = await AnaAndBenInAChatAsync();
        await Page.SendAsync("before the tunnel");
        await Expect(benPage.Messages(chat)).ToContainTextAsync("before the tunnel");

        await benContext.SetOfflineAsync(true);
        await Expect(benPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Reconnecting");
        await Page.SendAsync("one");
        await Page.SendAsync("two");
        await Page.SendAsync("three");
        await benPage.WaitForTimeoutAsync(1000);
        await Expect(benPage.Messages(chat)).Not.ToContainTextAsync("one");
        await benContext.SetOfflineAsync(false);

        var messages = benPage.Messages(chat).Locator(".message .text");
        await Expect(messages).ToHaveTextAsync(["before the tunnel", "one", "two", "three"], new() { Timeout = 20_000 });
        await Expect(benPage.Locator("#live-status")).ToBeHiddenAsync();
    }
}
