using Microsoft.AspNetCore.Identity;

namespace HybridChat.Data.Entities;

public class User : IdentityUser<int>
{
    public const int DisplayNameMaxLength = 64;
    public const int BioMaxLength = 500;
    public const string DeletedName = "Deleted user";

    public string DisplayName { get; set; } = "";
    public string? Bio { get; set; }
    public int? AvatarMediaId { get; set; }
    public Media? AvatarMedia { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
    public DateTime? LastSeenAt { get; set; }
    public LastSeenVisibility LastSeenVisibility { get; set; } = LastSeenVisibility.Everyone;

    // Set while a node holds one of the user's streams open, and renewed by it: a crashed node's
    // users are the ones whose lease ran out (see PresenceRepair).
    public DateTime? OnlineUntil { get; set; }

    public bool EmailMissedMessages { get; set; } = true;

    // A deleted account keeps only this row, emptied, so the messages it sent keep an author.
    public DateTime? DeletedAt { get; set; }

    public bool IsDeleted => DeletedAt is not null;

    // The picture to show: none until its square preview has been made.
    public int? ShownAvatarId => AvatarMedia is { ThumbnailState: ThumbnailState.Ready } ? AvatarMediaId : null;

    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? UserName ?? "" : DisplayName;
}
