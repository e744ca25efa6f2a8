using System.ComponentModel.DataAnnotations;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace HybridChat.Web.Features.Accounts;

public class ProfileForm
{
    [Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    public string? Bio { get; set; }

    [Display(Name = "Who can see when you were last online")]
    public LastSeenVisibility LastSeenVisibility { get; set; }

    [Display(Name = "Email me messages I missed while away")]
    public bool EmailMissedMessages { get; set; }

    [BindNever]
    public bool Saved { get; set; }

    public static ProfileForm For(User user) => new()
    {
        DisplayName = user.DisplayName,
        Bio = user.Bio,
        LastSeenVisibility = user.LastSeenVisibility,
        EmailMissedMessages = user.EmailMissedMessages,
    };

    // An emptied bio field is a cleared bio, not "leave unchanged".
    public ProfileChange ToChange() => new(DisplayName ?? "", Bio ?? "", LastSeenVisibility, EmailMissedMessages);
}
