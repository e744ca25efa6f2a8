using System.Net;
using System.Text;
using HybridChat.Tests.Infrastructure;
using HybridChat.Tests.Jobs;

namespace HybridChat.Tests.Notifications;

// Pushes go to a push service played by a loopback server; what it receives is what FCM or
// Mozilla's push service would.
public class WebPushTests
{
    [Fact]
    public async Task Web_Push_a_subscription_is_stored_and_a_push_request_is_sent_to_the_push_endpoint_when_a_message_arrives_for_a_user_with_no_open_stream()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var endpoint = pushService.NewEndpoint();
        await ben.SubscribeAsync(endpoint);
        using var key = await ben.GetAsync("push/vapid-public-key");
        var vapidPublicKey = (await key.ReadJsonAsync())["publicKey"]!.GetValue<string>();

        await ana.SendAsync(chat, "Are you coming tonight?");

        await JobSteps.EventuallyAsync(() => Task.FromResult(pushService.Received.Count > 0), "the push service has a push");
        var push = Assert.Single(pushService.Received);
        Assert.Equal(new Uri(endpoint).AbsolutePath, push.Path);
        Assert.StartsWith("vapid t=", push.Authorization, StringComparison.Ordinal);
        Assert.Contains($"k={vapidPublicKey}", push.Authorization, StringComparison.Ordinal);
        Assert.Equal("86400", push.Ttl);
        Assert.Equal($"c{chat}", push.Topic);
        Assert.Equal("aes128gcm", push.ContentEncoding);
        Assert.NotEmpty(push.Body);
        Assert.DoesNotContain("coming tonight", Encoding.UTF8.GetString(push.Body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_push_goes_to_someone_with_a_live_stream_open()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ben.SubscribeAsync(pushService.NewEndpoint());
        await using var stream = await EventStreamClient.OpenAsync(ben.Client, ben.AccessToken!);

        var sent = await ana.SendAsync(chat, "You're online, I'll see you read this.");
        await app.RunPushJobAsync(sent["id"]!.GetValue<long>());

        Assert.Empty(pushService.Received);
    }

    [Fact]
    public async Task No_push_about_a_conversation_the_person_muted()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ben.SubscribeAsync(pushService.NewEndpoint());
        using (var muted = await ben.Client.PutAsync(new Uri($"/api/v1/conversations/{chat}/mute", UriKind.Relative), null))
        {
            Assert.Equal(HttpStatusCode.NoContent, muted.StatusCode);
        }

        var sent = await ana.SendAsync(chat, "Shh.");
        await app.RunPushJobAsync(sent["id"]!.GetValue<long>());

        Assert.Empty(pushService.Received);
    }

    [Fact]
    public async Task Nobody_is_pushed_their_own_message()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        await ben.SubscribeAsync(pushService.NewEndpoint());

        var sent = await ben.SendAsync(chat, "Sent from my phone.");
        await app.RunPushJobAsync(sent["id"]!.GetValue<long>());

        Assert.Empty(pushService.Received);
    }

    [Fact]
    public async Task In_a_group_only_the_member_a_message_mentions_is_pushed()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, _) = await app.TwoFriendsInAChatAsync();
        var cleo = app.NewApiSession();
        await cleo.SignUpAsync("cleo");
        await ana.BefriendAsync(cleo);
        using var created = await ana.PostAsync("conversations/groups", new { title = "Climbing", memberIds = new[] { await ben.IdAsync(), await cleo.IdAsync() } });
        var group = (await created.ReadJsonAsync())["id"]!.GetValue<int>();
        var bensEndpoint = pushService.NewEndpoint();
        await ben.SubscribeAsync(bensEndpoint);
        await cleo.SubscribeAsync(pushService.NewEndpoint());

        var sent = await ana.SendAsync(group, $"@{ben.UserName} bring the rope");
        await app.RunPushJobAsync(sent["id"]!.GetValue<long>());

        Assert.All(pushService.Received, push => Assert.Equal(new Uri(bensEndpoint).AbsolutePath, push.Path));
        Assert.NotEmpty(pushService.Received);
    }

    [Fact]
    public async Task A_subscription_the_push_service_says_is_gone_is_deleted()
    {
        await using var pushService = await LoopbackPushService.StartAsync();
        pushService.Status = HttpStatusCode.Gone;
        await using var app = NotificationSteps.AppForLoopbackPushes();
        var (ana, ben, chat) = await app.TwoFriendsInAChatAsync();
        var endpoint = pushService.NewEndpoint();
        await ben.SubscribeAsync(endpoint);

        var sent = await ana.SendAsync(chat, "Still there?");
        await app.RunPushJobAsync(sent["id"]!.GetValue<long>());

        Assert.NotEmpty(pushService.Received);
        using var removed = await ben.Client.DeleteAsync(new Uri($"/api/v1/push-subscriptions?endpoint={Uri.EscapeDataString(endpoint)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, removed.StatusCode);
    }
}
