using System.Buffers.Text;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Notifications;

public record NewPushSubscription(string? Endpoint, string? P256dh, string? Auth);

// A browser's or app's push subscriptions. An endpoint belongs to one installation, so it
// belongs to whoever subscribed it last (someone else signing in on the same browser); only its
// user can remove it.
public class PushSubscriptions(ChatDbContext db, TimeProvider clock)
{
    public async Task<(PushSubscription? Subscription, ValidationErrors Errors)> SubscribeAsync(int userId, NewPushSubscription request, bool allowHttp)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = Validate(request, allowHttp);
        if (!errors.IsValid)
        {
            return (null, errors);
        }

        // Pages register their browser's subscription on every visit: mostly one already stored.
        var subscription = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == request.Endpoint && s.UserId == userId);
        if (subscription is null)
        {
            await db.PushSubscriptions.Where(s => s.Endpoint == request.Endpoint).ExecuteDeleteAsync();
            subscription = new PushSubscription { UserId = userId, Endpoint = request.Endpoint!, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.PushSubscriptions.Add(subscription);
        }

        subscription.P256dh = request.P256dh!;
        subscription.Auth = request.Auth!;
        await db.SaveChangesAsync();
        return (subscription, errors);
    }

    public async Task<bool> UnsubscribeAsync(int userId, string endpoint) =>
        await db.PushSubscriptions.Where(s => s.UserId == userId && s.Endpoint == endpoint).ExecuteDeleteAsync() > 0;

    // The push service says the subscription is gone (404, 410): the browser unsubscribed or expired it.
    public Task ForgetAsync(long subscriptionId) => db.PushSubscriptions.Where(s => s.Id == subscriptionId).ExecuteDeleteAsync();

    private static ValidationErrors Validate(NewPushSubscription request, bool allowHttp)
    {
        var errors = new ValidationErrors();
        if (!Uri.TryCreate(request.Endpoint, UriKind.Absolute, out var endpoint) || request.Endpoint!.Length > PushSubscription.EndpointMaxLength
            || !(endpoint.Scheme == Uri.UriSchemeHttps || (allowHttp && endpoint.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add("endpoint", $"Give the push service's https URL, at most {PushSubscription.EndpointMaxLength} characters.");
        }

        // An uncompressed P-256 point and a 16-byte secret, as PushSubscription.toJSON() gives them.
        if (DecodedLength(request.P256dh) != 65 || Base64Url.DecodeFromChars(request.P256dh)[0] != 4)
        {
            errors.Add("keys.p256dh", "Give the subscription's p256dh key: an uncompressed P-256 public key, base64url.");
        }

        if (DecodedLength(request.Auth) != 16)
        {
            errors.Add("keys.auth", "Give the subscription's auth secret: 16 bytes, base64url.");
        }

        return errors;
    }

    private static int DecodedLength(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 200 || !Base64Url.IsValid(text))
        {
            return -1;
        }

        return Base64Url.DecodeFromChars(text).Length;
    }
}
