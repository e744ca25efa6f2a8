using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class ProfileTests(ChatApp app) : IClassFixture<ChatApp>
{
    private static readonly Dictionary<string, string> NewProfile = new()
    {
        ["DisplayName"] = "Ana Lima",
        ["Bio"] = "Coffee, climbing\nand <b>bold</b> claims",
        ["LastSeenVisibility"] = "Friends",
    };

    [Fact]
    public async Task An_htmx_profile_edit_answers_with_the_form_fragment_and_saves_it()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();
        var page = await session.GetPageAsync("/profile");
        var token = page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, "/profile") { Content = new FormUrlEncodedContent(NewProfile) };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("RequestVerificationToken", token);
        using var response = await session.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fragment = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<form id=\"profile-form\"", fragment.Trim(), StringComparison.Ordinal);
        Assert.Contains("Your profile was saved.", fragment, StringComparison.Ordinal);
        var home = await session.GetPageAsync("/");
        Assert.Equal("Hello, Ana Lima", home.QuerySelector("h1")?.TextContent);
        Assert.Equal("Coffee, climbing\nand <b>bold</b> claims", home.QuerySelector(".bio")?.TextContent);
        Assert.Null(home.QuerySelector(".bio b"));
    }

    [Fact]
    public async Task A_plain_form_post_saves_the_profile_and_shows_the_page()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var page = await session.OpenAndSubmitAsync("/profile", "#profile-form", NewProfile, HttpStatusCode.OK);

        Assert.NotNull(page.QuerySelector("header.site-header"));
        Assert.Equal("Ana Lima", page.QuerySelector<IHtmlInputElement>("#DisplayName")?.Value);
        Assert.Equal("Friends", page.QuerySelector<IHtmlSelectElement>("#LastSeenVisibility")?.Value);
    }

    [Fact]
    public async Task An_empty_display_name_is_refused_with_422_and_nothing_changes()
    {
        using var session = app.NewSession();
        var userName = await session.SignUpAsync();

        var page = await session.OpenAndSubmitAsync("/profile", "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "   ", ["Bio"] = "should not be saved" },
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Display name cannot be empty.", page.FieldError("DisplayName"));
        var home = await session.GetPageAsync("/");
        Assert.Equal($"Hello, {userName}", home.QuerySelector("h1")?.TextContent);
        Assert.Null(home.QuerySelector(".bio"));
    }

    [Fact]
    public async Task A_bio_over_the_limit_is_refused()
    {
        using var session = app.NewSession();
        await session.SignUpAsync();

        var page = await session.OpenAndSubmitAsync("/profile", "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "Ana", ["Bio"] = new string('x', 501) },
            HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Bio can be at most 500 characters.", page.FieldError("Bio"));
    }
}
