using System.Net;
using AngleSharp.Html.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Jobs;

public class MissedMessageSettingTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Missed_message_emails_are_on_until_turned_off_on_the_profile_page()
    {
        using var session = app.NewSession();
        await session.SignUpAsync("settings");
        var page = await session.GetPageAsync("/profile");
        Assert.True(((IHtmlInputElement)page.QuerySelector("#EmailMissedMessages")!).IsChecked);

        // An unchecked box sends only the form's hidden "false".
        using (var saved = await session.SubmitAsync(page, "#profile-form", new Dictionary<string, string> { ["DisplayName"] = "Quiet", ["EmailMissedMessages"] = "false" }))
        {
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }

        var after = await session.GetPageAsync("/profile");
        Assert.False(((IHtmlInputElement)after.QuerySelector("#EmailMissedMessages")!).IsChecked);
    }
}
