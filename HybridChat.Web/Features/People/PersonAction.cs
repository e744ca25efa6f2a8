using HybridChat.Data.People;

namespace HybridChat.Web.Features.People;

// One button on a person's card: a form that posts to Url (with the person's id where the route lacks it).
public record PersonAction(string Label, string Url, int? UserId = null, string Style = "")
{
    public static IEnumerable<PersonAction> For(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = person.User.Id;
        var request = person.PendingRequestId;
        IEnumerable<PersonAction> actions = person.Relationship switch
        {
            Relationship.Friend => [new("Chat", "/conversations/direct", id), new("Remove friend", $"/friends/{id}/remove", Style: "secondary")],
            Relationship.Outgoing => [new("Cancel request", $"/friend-requests/{request}/cancel", Style: "secondary")],
            Relationship.Incoming => [new("Accept", $"/friend-requests/{request}/accept"), new("Reject", $"/friend-requests/{request}/reject", Style: "secondary")],
            Relationship.Blocked => [new("Unblock", $"/blocks/{id}/remove", Style: "secondary")],
            _ => [new("Add friend", "/friend-requests", id)],
        };
        return person.Relationship == Relationship.Blocked ? actions : [.. actions, new("Block", "/blocks", id, "secondary danger")];
    }
}
