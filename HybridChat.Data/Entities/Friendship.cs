namespace HybridChat.Data.Entities;

// One row per pair, stored with the smaller user id first, so the primary key itself
// guarantees that two people are friends at most once.
public class Friendship
{
    public int UserLowId { get; set; }
    public User UserLow { get; set; } = null!;
    public int UserHighId { get; set; }
    public User UserHigh { get; set; } = null!;
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;

    public static Friendship Between(int userA, int userB) => new()
    {
        UserLowId = Math.Min(userA, userB),
        UserHighId = Math.Max(userA, userB),
    };

    public int OtherThan(int userId) => userId == UserLowId ? UserHighId : UserLowId;
}
