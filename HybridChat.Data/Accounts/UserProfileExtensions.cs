using HybridChat.Data.Entities;

namespace HybridChat.Data.Accounts;

public static class UserProfileExtensions
{
    public static ValidationErrors Revise(this User user, ProfileChange change)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(change);
        var errors = new ValidationErrors();
        var displayName = change.DisplayName?.Trim();
        var bio = change.Bio?.Trim();

        if (displayName is not null && displayName.Length == 0)
        {
            errors.Add(nameof(change.DisplayName), "Display name cannot be empty.");
        }
        else if (displayName?.Length > User.DisplayNameMaxLength)
        {
            errors.Add(nameof(change.DisplayName), $"Display name can be at most {User.DisplayNameMaxLength} characters.");
        }

        if (bio?.Length > User.BioMaxLength)
        {
            errors.Add(nameof(change.Bio), $"Bio can be at most {User.BioMaxLength} characters.");
        }

        if (change.LastSeenVisibility is { } visibility && !Enum.IsDefined(visibility))
        {
            errors.Add(nameof(change.LastSeenVisibility), "Choose everyone, friends or nobody.");
        }

        if (!errors.IsValid)
        {
            return errors;
        }

        user.DisplayName = displayName ?? user.DisplayName;
        user.Bio = bio is null ? user.Bio : bio.Length == 0 ? null : bio;
        user.LastSeenVisibility = change.LastSeenVisibility ?? user.LastSeenVisibility;
        user.EmailMissedMessages = change.EmailMissedMessages ?? user.EmailMissedMessages;
        return errors;
    }
}
