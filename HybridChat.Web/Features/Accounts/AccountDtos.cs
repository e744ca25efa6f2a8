using HybridChat.Data.Avatars;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Avatars;
using HybridChat.Web.Infrastructure.Auth;

namespace HybridChat.Web.Features.Accounts;

// Request bodies are records with properties (not positional) so validation errors carry the
// JSON field names, and a missing string arrives as "" for the domain rules to name.
public record RegisterRequest
{
    public string UserName { get; init; } = "";
    public string Email { get; init; } = "";
    public string Password { get; init; } = "";
    public string? DisplayName { get; init; }
}

public record RegisteredUser(int Id, string UserName, string DisplayName)
{
    public static RegisteredUser From(User user) => new(user.Id, user.UserName!, user.DisplayName);
}

public record TokenRequest
{
    public string UserName { get; init; } = "";
    public string Password { get; init; } = "";
}

public record RefreshRequest
{
    public string RefreshToken { get; init; } = "";
}

public record ForgotPasswordRequest
{
    public string Email { get; init; } = "";
}

public record ResetPasswordRequest
{
    public string Email { get; init; } = "";
    public string Token { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

public record ChangePasswordRequest
{
    public string CurrentPassword { get; init; } = "";
    public string NewPassword { get; init; } = "";
}

public record ProfileUpdateRequest
{
    public string? DisplayName { get; init; }
    public string? Bio { get; init; }
    public LastSeenVisibility? LastSeenVisibility { get; init; }

    // Whether unread messages are emailed after you have been away a while.
    public bool? EmailMissedMessages { get; init; }
}

public record Profile(int Id, string UserName, string Email, string DisplayName, string? Bio, string? AvatarUrl,
    LastSeenVisibility LastSeenVisibility, bool EmailMissedMessages)
{
    public static Profile From(User user) => From(UserSnapshot.Of(user));

    public static Profile From(UserSnapshot user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(user.Id, user.UserName, user.Email, user.DisplayName, user.Bio,
            AvatarUrls.Api(new Avatar(AvatarOwner.User, user.Id, user.DisplayName, user.ShownAvatarId)), user.LastSeenVisibility,
            user.EmailMissedMessages);
    }
}

public record TwoFactorTokenRequest
{
    public string Ticket { get; init; } = "";
    public string? Code { get; init; }
    public string? RecoveryCode { get; init; }
}

public record DeleteAccountRequest
{
    public string Password { get; init; } = "";
}
