using HybridChat.Data.Conversations;

namespace HybridChat.Web.Features.Groups;

public record RoomResults(string Query, RoomPage Page)
{
    public string? MoreUrl => Page.Next is { } next ? $"/rooms?query={Uri.EscapeDataString(Query)}&cursor={next}" : null;
}
