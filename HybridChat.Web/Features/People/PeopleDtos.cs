using System.ComponentModel.DataAnnotations;
using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Features.Avatars;

namespace HybridChat.Web.Features.People;

public record UserSummary(int Id, string UserName, string DisplayName, string? AvatarUrl)
{
    public static UserSummary From(User user) => new(user.Id, user.UserName!, user.DisplayName, AvatarUrlOf(user));

    public static string? AvatarUrlOf(User user) => AvatarUrls.Api(Avatar.Of(user));
}

public record UserSearchItem(int Id, string UserName, string DisplayName, string? AvatarUrl, Relationship Relationship,
    int? FriendRequestId)
{
    public static UserSearchItem From(Person person) => new(person.User.Id, person.User.UserName!, person.User.DisplayName,
        UserSummary.AvatarUrlOf(person.User), person.Relationship, person.PendingRequestId);
}

public record UserSearchPage(IReadOnlyList<UserSearchItem> Items, string? NextCursor);

public record UserDetails(int Id, string UserName, string DisplayName, string? Bio, string? AvatarUrl, Relationship Relationship,
    int? FriendRequestId,
    bool? IsOnline,
    DateTime? LastSeenAt)
{
    public static UserDetails From(Person person, PresenceView? presence) => new(person.User.Id, person.User.UserName!,
        person.User.DisplayName, person.User.Bio, UserSummary.AvatarUrlOf(person.User), person.Relationship,
        person.PendingRequestId, presence?.IsOnline, presence?.LastSeenAt);
}

public record FriendSummary(int Id, string UserName, string DisplayName, string? AvatarUrl,
    bool? IsOnline,
    DateTime? LastSeenAt)
{
    public static FriendSummary From(Person person, PresenceView? presence) => new(person.User.Id, person.User.UserName!,
        person.User.DisplayName, UserSummary.AvatarUrlOf(person.User), presence?.IsOnline, presence?.LastSeenAt);
}

// Named for the API's JSON, apart from the FriendRequest entity it is made from. Built with Of,
// not From as the other DTOs, because From is its sender.
public record FriendRequestDto(int Id, UserSummary From, UserSummary To, FriendRequestStatus Status, DateTime CreatedAt,
    DateTime? RespondedAt)
{
    public static FriendRequestDto Of(FriendRequest request) => new(request.Id, UserSummary.From(request.FromUser),
        UserSummary.From(request.ToUser), request.Status, request.CreatedAt, request.RespondedAt);
}

public record ItemList<T>(IReadOnlyList<T> Items);

public record FriendRequestCreate
{
    [Required]
    public int? UserId { get; init; }
}
