using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Shell;

public sealed class ErrorResponseTests : IAsyncLifetime
{
    private readonly ChatApp app = new() { ConfigureHost = CrashOnDemand.Install };

    [Fact]
    public async Task A_PUT_to_an_API_resource_that_has_no_PUT_is_405_ProblemDetails()
    {
        using var api = app.NewApiSession();

        using var response = await api.SendRawAsync(HttpMethod.Put, "me", "{}");

        await response.AssertProblemAsync(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task A_body_that_is_not_JSON_is_415_ProblemDetails()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.Client.PatchAsync("/api/v1/me", new StringContent("bio=hello", System.Text.Encoding.UTF8, "text/plain"));

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_POST_to_an_unknown_API_version_is_404_ProblemDetails()
    {
        using var api = app.NewApiSession();

        using var response = await api.Client.PostAsync("/api/v2/auth/token",
            new StringContent("""{"userName":"someone","password":"some password"}""", System.Text.Encoding.UTF8, "application/json"));

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Contains("version", problem["detail"]?.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_crash_during_an_API_POST_is_500_ProblemDetails()
    {
        using var api = app.NewApiSession();
        api.Client.DefaultRequestHeaders.Add(CrashOnDemand.Header, "yes");

        using var response = await api.PostAsync("auth/token", new { userName = "someone", password = "some password" });

        await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
    }

    [Fact]
    public async Task A_crash_during_a_form_POST_shows_the_error_page()
    {
        using var session = app.NewSession();
        var page = await session.GetPageAsync("/Identity/Account/Login");
        session.Client.DefaultRequestHeaders.Add(CrashOnDemand.Header, "yes");

        using var response = await session.SubmitAsync(page, "#login-form", new Dictionary<string, string>
        {
            ["Input.UserNameOrEmail"] = "someone",
            ["Input.Password"] = "some password",
        });

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var errorPage = await WebSession.ParseAsync(response);
        Assert.Equal("Something went wrong on our side.", errorPage.QuerySelector("h1")?.TextContent);
    }

    [Fact]
    public async Task A_POST_to_a_page_that_does_not_exist_shows_the_not_found_page()
    {
        using var session = app.NewSession();

        using var response = await session.Client.PostAsync("/no/such/page", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var errorPage = await WebSession.ParseAsync(response);
        Assert.Equal("We could not find that page.", errorPage.QuerySelector("h1")?.TextContent);
    }

    [Theory]
    [InlineData("/error/1")]
    [InlineData("/error/1000")]
    [InlineData("/error/500")]
    [InlineData("/error/xyz")]
    public async Task Visiting_the_error_page_directly_is_a_plain_not_found_page(string path)
    {
        using var session = app.NewSession();

        var page = await session.GetPageAsync(path, HttpStatusCode.NotFound);

        Assert.Equal("We could not find that page.", page.QuerySelector("h1")?.TextContent);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
