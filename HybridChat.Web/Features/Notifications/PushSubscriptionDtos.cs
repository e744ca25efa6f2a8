using HybridChat.Data.Notifications;

namespace HybridChat.Web.Features.Notifications;

// The JSON of a browser's PushSubscription.toJSON(), which apps send in the same shape.
public record PushSubscriptionRequest
{
    public string? Endpoint { get; init; }
    public PushKeys? Keys { get; init; }

    public NewPushSubscription ToDomain() => new(Endpoint, Keys?.P256dh, Keys?.Auth);
}

public record PushKeys
{
    public string? P256dh { get; init; }
    public string? Auth { get; init; }
}

public record PushSubscriptionDto(long Id, string Endpoint, DateTime CreatedAt)
{
    public static PushSubscriptionDto From(PushSubscription subscription)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        return new(subscription.Id, subscription.Endpoint, subscription.CreatedAt);
    }
}

public record VapidPublicKeyDto(string PublicKey);
