using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using HybridChat.Data.Entities;

namespace HybridChat.Web.Features.Calls;

public record StartCallRequest
{
    [Required]
    public int? ConversationId { get; init; }

    [Required]
    public CallKind? Kind { get; init; }
}

public record CallSignalRequest
{
    [Required]
    [AllowedValues("offer", "answer", "candidate", ErrorMessage = "Send an offer, an answer or a candidate.")]
    public string? Type { get; init; }

    [Required]
    public JsonElement? Data { get; init; }
}
