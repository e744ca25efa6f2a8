namespace HybridChat.Data.Entities;

public class Conversation
{
    public const int TitleMaxLength = 100;

    public int Id { get; set; }
    public ConversationKind Kind { get; set; }
    public string? Title { get; set; }
    public ConversationVisibility Visibility { get; set; } = ConversationVisibility.Private;
    public string? JoinCode { get; set; }
    public int? AvatarMediaId { get; set; }
    public Media? AvatarMedia { get; set; }

    public int? ShownAvatarId => AvatarMedia is { ThumbnailState: ThumbnailState.Ready } ? AvatarMediaId : null;

    // "lowId:highId" for direct chats, null for groups: a unique index makes one chat per pair.
    public string? DirectKey { get; set; }

    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime UpdatedAt { get; set; } = DateTime.UtcNow;
    public long? LastMessageId { get; set; }

    public List<Membership> Memberships { get; } = [];
    public List<Message> Messages { get; } = [];

    public static string DirectKeyFor(int userA, int userB) =>
        userA < userB ? $"{userA}:{userB}" : $"{userB}:{userA}";

    // What a viewer calls a conversation: a group by its title, a direct chat by the other person's
    // name (gone with their account: the deleted user's name).
    public static string TitleFor(ConversationKind kind, string? title, string? otherPersonName) =>
        kind == ConversationKind.Group ? title ?? "Group" : otherPersonName ?? User.DeletedName;
}
