using HybridChat.Data.Entities;
using HybridChat.Web.Features.Messages;

namespace HybridChat.Web.Features.Calls;

public record IceServerDto(IReadOnlyList<string> Urls, string? Username, string? Credential);

// A call as its two people see it, with the ICE servers their browsers connect through.
public record CallDto(long Id, int ConversationId, CallKind Kind, CallState State, CallEnd? EndedBy, SenderDto Caller, SenderDto Callee,
    DateTime CreatedAt, DateTime? AnsweredAt, DateTime? EndedAt, IReadOnlyList<IceServerDto> IceServers)
{
    public static CallDto From(ChatCall call, CallsOptions options) => new(call.Id, call.ConversationId, call.Kind, call.State, call.EndedBy,
        SenderDto.From(call.Caller), SenderDto.From(call.Callee), call.CreatedAt, call.AnsweredAt, call.EndedAt,
        [.. options.IceServers.Select(s => new IceServerDto(s.Urls, s.Username, s.Credential))]);
}

// What one side's browser sends the other's: its session description ("offer", "answer") or a
// network candidate ("candidate"), as the browser produced it.
public record CallSignalDto(long CallId, int FromUserId, string Type, System.Text.Json.JsonElement Data);
