using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HybridChat.Web.Features.Groups;

public class GroupSettingsForm
{
    public string? Title { get; set; }

    public ConversationVisibility Visibility { get; set; }

    [BindNever]
    public int ConversationId { get; set; }

    [BindNever]
    public bool Saved { get; set; }

    public static GroupSettingsForm For(Conversation group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return new() { ConversationId = group.Id, Title = group.Title, Visibility = group.Visibility };
    }
}
