using System.Net;
using System.Net.Http.Json;
using HybridChat.Tests.Infrastructure;

namespace HybridChat.Tests.Notifications;

public class PushSubscriptionTests
{
    [Fact]
    public async Task A_browser_registers_its_push_subscription_with_the_antiforgery_token_and_can_remove_it()
    {
        await using var app = NotificationSteps.AppForLoopbackPushes();
        using var web = app.NewSession();
        await web.SignUpAsync("ana");
        var page = await web.GetPageAsync("/conversations");
        var token = page.QuerySelector("meta[name='antiforgery-token']")!.GetAttribute("content")!;
        const string endpoint = "https://push.example.test/send/browser-1";

        using (var forged = await web.Client.PostAsJsonAsync("/push-subscriptions", NotificationSteps.NewSubscription(endpoint)))
        {
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        using var register = new HttpRequestMessage(HttpMethod.Post, "/push-subscriptions") { Content = JsonContent.Create(NotificationSteps.NewSubscription(endpoint)) };
        register.Headers.Add("RequestVerificationToken", token);
        using (var registered = await web.Client.SendAsync(register))
        {
            Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
            Assert.Equal(endpoint, (await registered.ReadJsonAsync())["endpoint"]!.GetValue<string>());
        }

        Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync(web.Client, "/push-subscriptions", endpoint, token));
        Assert.Equal(HttpStatusCode.NotFound, await DeleteAsync(web.Client, "/push-subscriptions", endpoint, token));
    }

    [Fact]
    public async Task Nobody_can_remove_someone_elses_subscription()
    {
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, _) = await app.TwoFriendsInAChatAsync();
        const string endpoint = "https://push.example.test/send/bens-phone";
        await ben.SubscribeAsync(endpoint);

        Assert.Equal(HttpStatusCode.NotFound, await DeleteAsync(ana.Client, "/api/v1/push-subscriptions", endpoint));
        Assert.Equal(HttpStatusCode.NoContent, await DeleteAsync(ben.Client, "/api/v1/push-subscriptions", endpoint));
    }

    [Fact]
    public async Task A_subscription_without_a_usable_endpoint_or_keys_is_refused_field_by_field()
    {
        await using var app = new ChatApp();
        using var api = app.NewApiSession();
        await api.SignUpAsync("ana");

        using var refused = await api.PostAsync("push-subscriptions", new { endpoint = "http://push.example.test/plain-http", keys = new { p256dh = "short", auth = "" } });

        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("endpoint"));
        Assert.NotEmpty(problem.FieldErrors("keys.p256dh"));
        Assert.NotEmpty(problem.FieldErrors("keys.auth"));
    }

    private static async Task<HttpStatusCode> DeleteAsync(HttpClient client, string path, string endpoint, string? antiforgeryToken = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"{path}?endpoint={Uri.EscapeDataString(endpoint)}");
        if (antiforgeryToken is not null)
        {
            request.Headers.Add("RequestVerificationToken", antiforgeryToken);
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
