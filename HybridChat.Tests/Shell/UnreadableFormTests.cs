using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

// ASP.NET Core refuses to read a form with a NUL character in it; the action must not run on nothing.
public class UnreadableFormTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Theory]
    [InlineData("/profile", "DisplayName")]
    [InlineData("/groups", "Title")]
    public async Task A_form_with_a_NUL_character_gets_the_400_page(string path, string field)
    {
        using var session = app.NewSession();
        await session.SignUpAsync("nul");
        var home = await session.GetPageAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent($"{field}=a%00b", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", home.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!);

        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await WebSession.ParseAsync(response);
        Assert.Equal("That request could not be handled (400).", page.QuerySelector("h1")?.TextContent);
    }
}
