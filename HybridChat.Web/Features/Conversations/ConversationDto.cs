using HybridChat.Data.Entities;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Conversations;

public record MemberDto(SenderDto User, MemberRole Role, DateTime JoinedAt)
{
    public static MemberDto From(Membership membership) =>
        new(new SenderDto(membership.User.Id, membership.User.UserName!, membership.User.Name), membership.Role, membership.JoinedAt);
}

public record ConversationDto(int Id, ConversationKind Kind, string? Title, ConversationVisibility Visibility, DateTime UpdatedAt,
    IReadOnlyList<MemberDto> Members)
{
    public static ConversationDto From(Conversation conversation) => new(conversation.Id, conversation.Kind, conversation.Title,
        conversation.Visibility, conversation.UpdatedAt, [.. conversation.Memberships.Select(MemberDto.From)]);
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
