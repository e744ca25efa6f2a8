namespace HybridChat.E2E.Infrastructure;

public record TwoPeopleInAChat(int ChatId, IBrowserContext OtherContext, IPage Other);

public abstract class ChatBrowserTest(AppFixture app) : BrowserTest(app)
{
    // Ana (this test's Page) and Ben (another browser), friends, both signed in with their chat open.
    protected async Task<TwoPeopleInAChat> AnaAndBenInAChatAsync()
    {
        using var arrange = new ApiArrangements(BaseAddress);
        var ana = await arrange.RegisterAsync("ana", "Ana");
        var ben = await arrange.RegisterAsync("ben", "Ben");
        var chat = await arrange.FriendsWithADirectChatAsync(ana, ben);
        var (benContext, benPage) = await AnotherPersonAsync();
        await Page.SignInAsync(ana);
        await benPage.SignInAsync(ben);
        await Page.OpenChatAsync(chat);
        await benPage.OpenChatAsync(chat);
        return new TwoPeopleInAChat(chat, benContext, benPage);
    }
}
