using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public record PeopleResults(string Query, PeoplePage Page)
{
    public string? MoreUrl => Page.Next is { } next
        ? $"/people?query={Uri.EscapeDataString(Query)}&cursor={Uri.EscapeDataString(next.ToString())}" : null;
}
