namespace HybridChat.Data.Entities;

public class FriendRequest
{
    public int Id { get; set; }
    public int FromUserId { get; set; }
    public User FromUser { get; set; } = null!;
    public int ToUserId { get; set; }
    public User ToUser { get; set; } = null!;
    public FriendRequestStatus Status { get; set; } = FriendRequestStatus.Pending;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? RespondedAt { get; set; }

    // Both directions of a pair share one key, so a unique index on pending requests stops
    // two people asking each other at the same moment from creating two pending rows.
    public string PairKey { get; set; } = "";

    public static string PairKeyFor(int userA, int userB) =>
        userA < userB ? $"{userA}:{userB}" : $"{userB}:{userA}";
}
