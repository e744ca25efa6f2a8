using HybridChat.Data.Entities;

namespace HybridChat.Web.Features.Groups;

public record JoinInvitation(string Code, Conversation Group, bool IsMember);
