using HybridChat.Data.Entities;

namespace HybridChat.Data.Notifications;

// Where a push service accepts messages for one browser or app of a user (a Web Push
// subscription): the endpoint to POST to and the keys the content is encrypted for.
public class PushSubscription
{
    public const int EndpointMaxLength = 2000;

    public long Id { get; set; }
    public int UserId { get; set; }
    public User User { get; set; } = null!;
    public string Endpoint { get; set; } = "";
    public string P256dh { get; set; } = "";
    public string Auth { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
