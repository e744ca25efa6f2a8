using HybridChat.Data;
using HybridChat.Data.Accounts;
using HybridChat.Data.Entities;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.People;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Features.Accounts;

// "Delete my account", for the profile page and DELETE /api/v1/me: confirms the password, deletes,
// logs it, ends the account's live streams, then tells groups (as a leave), former friends and
// people with pending requests.
public partial class AccountDeletions(SignInManager<User> signIn, AccountDeletion deletion,
    GroupEvents groupEvents, FriendEvents friendEvents, SessionEvents sessions, ILogger<AccountDeletions> logger)
{
    public const string PasswordField = "Password";

    public async Task<ValidationErrors> DeleteAsync(User user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var check = await signIn.CheckPasswordSignInAsync(user, password ?? "", lockoutOnFailure: true);
        var errors = new ValidationErrors();
        if (!check.Succeeded)
        {
            errors.Add(PasswordField, check.IsLockedOut ? "Too many wrong passwords. Try again in a few minutes." : "That password is not right.");
            return errors;
        }

        var deleted = await deletion.DeleteAsync(user.Id);
        Deleted(logger, user.Id);
        await sessions.AccountDeletedAsync(user.Id);
        foreach (var group in deleted.LeftGroups)
        {
            await groupEvents.MemberRemovedAsync(group, user.Id);
        }

        foreach (var friendId in deleted.FormerFriendIds)
        {
            await friendEvents.FriendshipEndedAsync(user.Id, friendId);
        }

        foreach (var request in deleted.CancelledRequests)
        {
            await friendEvents.RequestChangedAsync(request);
        }

        return errors;
    }

    [LoggerMessage(LogLevel.Information, "Account {UserId} was deleted by its owner.")]
    private static partial void Deleted(ILogger logger, int userId);
}
