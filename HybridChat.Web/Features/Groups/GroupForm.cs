using HybridChat.Data.Entities;
using HybridChat.Data.People;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HybridChat.Web.Features.Groups;

// The "new group" form: a title, who may find it, and which friends to bring along.
public class GroupForm
{
    public string? Title { get; set; }

    public ConversationVisibility Visibility { get; set; } = ConversationVisibility.Private;

    public List<int> MemberIds { get; set; } = [];

    [BindNever]
    public IReadOnlyList<Person> Friends { get; set; } = [];
}
