using System.Globalization;
using System.Net;
using System.Text.Json;
using HybridChat.Data.Notifications;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PushSubscription = HybridChat.Data.Notifications.PushSubscription;

namespace HybridChat.Jobs.Notifications;

// One push (RFC 8030), its content encrypted for the subscription (RFC 8291) and signed with the
// server's VAPID key (RFC 8292). False when the push service says the subscription is gone.
public sealed partial class WebPushSender(IHttpClientFactory clients, VapidKeys keys, IOptions<NotificationsOptions> options, ILogger<WebPushSender> logger)
{
    public const string HttpClientName = "web-push";

    public async Task<bool> SendAsync(PushSubscription subscription, Notice notice, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        ArgumentNullException.ThrowIfNull(notice);
        var target = new Lib.Net.Http.WebPush.PushSubscription { Endpoint = subscription.Endpoint };
        target.SetKey(PushEncryptionKeyName.P256DH, subscription.P256dh);
        target.SetKey(PushEncryptionKeyName.Auth, subscription.Auth);
        var message = new PushMessage(JsonSerializer.Serialize(PushPayload.From(notice), PushPayload.Json))
        {
            // A newer push about the same conversation replaces one the device has not fetched yet.
            Topic = "c" + notice.ConversationId.ToString(CultureInfo.InvariantCulture),
            TimeToLive = options.Value.PushTimeToLiveSeconds,
            Urgency = PushMessageUrgency.High,
        };
        using var vapid = new VapidAuthentication(keys.PublicKey, keys.PrivateKey) { Subject = keys.Subject };
        var client = new PushServiceClient(clients.CreateClient(HttpClientName));
        try
        {
            await client.RequestPushMessageDeliveryAsync(target, message, vapid, VapidAuthenticationScheme.Vapid, cancellationToken);
            return true;
        }
        catch (PushServiceClientException refused) when (refused.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            return false;
        }
        catch (Exception failure) when (failure is PushServiceClientException or HttpRequestException or TaskCanceledException)
        {
            // Others of the message's pushes still go; a retry would repeat those that went.
            LogFailed(logger, failure, subscription.Id, notice.MessageId);
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Push subscription {SubscriptionId} could not be sent message {MessageId}.")]
    private static partial void LogFailed(ILogger logger, Exception failure, long subscriptionId, long messageId);
}
