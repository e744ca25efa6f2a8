using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

public static class PersonText
{
    public static string? Describe(Relationship relationship) => relationship switch
    {
        Relationship.Friend => "Friend",
        Relationship.Outgoing => "Friend request sent",
        Relationship.Incoming => "Wants to be your friend",
        Relationship.Blocked => "Blocked",
        _ => null,
    };
}
