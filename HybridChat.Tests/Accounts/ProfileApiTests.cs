using System.Net;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Accounts;

public class ProfileApiTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task Me_shows_the_profile_and_patch_changes_only_the_given_fields()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();

        using var patched = await api.PatchAsync("me", new { displayName = "  Ana Lima ", lastSeenVisibility = "friends" });
        var profile = await patched.ReadJsonAsync();
        Assert.Equal(HttpStatusCode.OK, patched.StatusCode);
        Assert.Equal("Ana Lima", profile["displayName"]?.GetValue<string>());
        Assert.Equal("friends", profile["lastSeenVisibility"]?.GetValue<string>());

        using var bioOnly = await api.PatchAsync("me", new { bio = "Coffee first." });
        var after = await (await api.GetAsync("me")).ReadJsonAsync();
        Assert.Equal(userName, after["userName"]?.GetValue<string>());
        Assert.Equal($"{userName}@example.test", after["email"]?.GetValue<string>());
        Assert.Equal("Ana Lima", after["displayName"]?.GetValue<string>());
        Assert.Equal("Coffee first.", after["bio"]?.GetValue<string>());
        Assert.Equal("friends", after["lastSeenVisibility"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_profile_saved_on_the_web_shows_at_once_on_the_apps_me()
    {
        using var api = app.NewApiSession();
        var userName = await api.SignUpAsync();
        Assert.Equal(userName, (await (await api.GetAsync("me")).ReadJsonAsync())["displayName"]?.GetValue<string>());
        using var web = app.NewSession();
        await web.LogInAsync(userName);

        using var saved = await web.OpenAndSubmitAsync("/profile", "#profile-form",
            new Dictionary<string, string> { ["DisplayName"] = "Ana on the web", ["Bio"] = "", ["LastSeenVisibility"] = "Nobody" }, HttpStatusCode.OK);

        var after = await (await api.GetAsync("me")).ReadJsonAsync();
        Assert.Equal("Ana on the web", after["displayName"]?.GetValue<string>());
        Assert.Equal("nobody", after["lastSeenVisibility"]?.GetValue<string>());
    }

    [Fact]
    public async Task The_web_profile_page_and_the_API_share_their_rules()
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var empty = await api.PatchAsync("me", new { displayName = "   ", bio = new string('x', 501) });

        var problem = await empty.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["Display name cannot be empty."], problem.FieldErrors("displayName"));
        Assert.Equal(["Bio can be at most 500 characters."], problem.FieldErrors("bio"));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("me")).StatusCode);
    }

    [Theory]
    [InlineData("{\"lastSeenVisibility\": \"sometimes\"}")]
    [InlineData("{\"displayName\": 42}")]
    [InlineData("{\"displayName\": ")]
    [InlineData("not json at all")]
    public async Task Malformed_or_mistyped_JSON_gets_400_ProblemDetails(string body)
    {
        using var api = app.NewApiSession();
        await api.SignUpAsync();

        using var response = await api.SendRawAsync(HttpMethod.Patch, "me", body);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]);
        Assert.DoesNotContain("HybridChat", problem.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_reports_each_problem_against_its_field()
    {
        using var api = app.NewApiSession();
        var taken = await api.SignUpAsync("taken");

        using var response = await api.PostAsync("auth/register", new { userName = taken, email = "not-an-email", password = "short" });

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("userName"), message => message.Contains("is already taken", StringComparison.Ordinal));
        Assert.Contains(problem.FieldErrors("email"), message => message.Contains("invalid", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(problem.FieldErrors("password"), message => message.Contains("at least 8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Registration_with_missing_fields_names_them()
    {
        using var api = app.NewApiSession();

        using var response = await api.SendRawAsync(HttpMethod.Post, "auth/register", "{}");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("userName"));
        Assert.NotEmpty(problem.FieldErrors("email"));
        Assert.NotEmpty(problem.FieldErrors("password"));
    }

    [Fact]
    public async Task Registration_answers_201_with_the_new_user()
    {
        using var api = app.NewApiSession();
        var userName = AccountSteps.UniqueName("new");

        using var response = await api.PostAsync("auth/register", new { userName, email = $"{userName}@example.test", password = AccountSteps.Password, displayName = "New Person" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.ReadJsonAsync();
        Assert.True(user["id"]?.GetValue<int>() > 0);
        Assert.Equal(userName, user["userName"]?.GetValue<string>());
        Assert.Equal("New Person", user["displayName"]?.GetValue<string>());
    }
}
