using System.ComponentModel.DataAnnotations;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Conversations;

namespace HybridChat.Web.Features.Groups;

public record ReviseGroupRequest
{
    public string? Title { get; init; }
    public ConversationVisibility? Visibility { get; init; }
}

public record AddMemberRequest
{
    [Required]
    public int? UserId { get; init; }
}

public record ChangeRoleRequest
{
    [Required]
    public MemberRole? Role { get; init; }
}

public record JoinByCodeRequest
{
    [Required]
    public string? Code { get; init; }
}

public record JoinCodeDto(string Code, string Path);

public record RoomDto(int Id, string Title, int MemberCount, bool IsMember)
{
    public static RoomDto From(Room room) => new(room.Id, room.Title, room.MemberCount, room.IsMember);
}

public record RoomPageDto(IReadOnlyList<RoomDto> Items, string? NextCursor);

public record MemberAddedEvent(int ConversationId, int UserId, MemberDto Member);

public record MemberRemovedEvent(int ConversationId, int UserId);
