using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Avatars;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Conversations;

public record MemberDto(SenderDto User, MemberRole Role, DateTime JoinedAt)
{
    public static MemberDto From(Membership membership) =>
        new(SenderDto.From(membership.User), membership.Role, membership.JoinedAt);
}

// AvatarUrl: a group's square picture (null without one, and for direct chats: show the other member's).
// Muted: whether the viewer muted it (always false in conversation.updated events, which every member gets).
public record ConversationDto(int Id, ConversationKind Kind, string? Title, ConversationVisibility Visibility, DateTime UpdatedAt,
    IReadOnlyList<MemberDto> Members, string? AvatarUrl, bool Muted)
{
    public static ConversationDto From(Conversation conversation, int? viewerId = null) => new(conversation.Id, conversation.Kind, conversation.Title,
        conversation.Visibility, conversation.UpdatedAt, [.. conversation.Memberships.Select(MemberDto.From)],
        conversation.Kind == ConversationKind.Group ? AvatarUrls.Api(Avatar.Of(conversation)) : null,
        conversation.Memberships.Any(m => m.UserId == viewerId && m.Muted));
}

public record OpenDirectRequest
{
    public int UserId { get; init; }
}

public record CreateGroupRequest
{
    public string Title { get; init; } = "";
    public IReadOnlyList<int>? MemberIds { get; init; }
    public ConversationVisibility? Visibility { get; init; }
}
