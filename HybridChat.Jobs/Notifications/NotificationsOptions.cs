namespace HybridChat.Jobs.Notifications;

public class NotificationsOptions
{
    public const string Section = "Notifications";

    // The VAPID key pair pushes are signed with (base64url: the uncompressed P-256 public key and
    // the private scalar). Unset, a pair is generated once into the data directory; several nodes
    // must share one configured pair, or browsers subscribed on one node reject the others' pushes.
    public string? VapidPublicKey { get; set; }
    public string? VapidPrivateKey { get; set; }

    // Who push services may contact about this server: a mailto: or https: URL. Unset: App:PublicUrl.
    public string? VapidSubject { get; set; }

    // How long a push service keeps a push for a device that is offline.
    public int PushTimeToLiveSeconds { get; set; } = 24 * 60 * 60;

    // Push endpoints must be https; tests play the push service over plain http on loopback.
    public bool AllowHttpPushEndpoints { get; set; }
}
