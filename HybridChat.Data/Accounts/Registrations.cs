using HybridChat.Data.Admin;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Data.Accounts;

// Creates accounts for the web register page and the API alike, and reports Identity's errors
// against the field they belong to.
public class Registrations(UserManager<User> users, AdminRoles admins)
{
    public const int UserNameMaxLength = 32;

    public async Task<(User? User, ValidationErrors Errors)> RegisterAsync(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var userName = registration.UserName?.Trim() ?? "";
        var email = registration.Email?.Trim() ?? "";
        var password = registration.Password ?? "";
        var user = new User { UserName = userName, Email = email, DisplayName = userName };
        var errors = user.Revise(new ProfileChange(string.IsNullOrWhiteSpace(registration.DisplayName) ? userName : registration.DisplayName, null, null));

        if (userName.Length == 0)
        {
            errors.Add(nameof(Registration.UserName), "Choose a user name.");
        }
        else if (userName.Length > UserNameMaxLength)
        {
            errors.Add(nameof(Registration.UserName), $"User name can be at most {UserNameMaxLength} characters.");
        }

        if (email.Length == 0)
        {
            errors.Add(nameof(Registration.Email), "Enter your email address.");
        }

        // UserManager stops at the first failing check; a form should show every problem at once.
        if (userName.Length > 0 && email.Length > 0)
        {
            foreach (var validator in users.UserValidators)
            {
                AddAll(errors, await validator.ValidateAsync(users, user));
            }
        }

        foreach (var validator in users.PasswordValidators)
        {
            AddAll(errors, await validator.ValidateAsync(users, user, password));
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        try
        {
            AddAll(errors, await users.CreateAsync(user, password));
        }
        catch (DbUpdateException)
        {
            // Someone took the name or email between the check and the insert.
            errors.Add(nameof(Registration.UserName), "That user name or email was just taken. Try another.");
        }

        if (!errors.IsValid)
        {
            return (null, errors);
        }

        await admins.GrantIfConfiguredAsync(user);
        return (user, errors);
    }

    private static void AddAll(ValidationErrors errors, IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            errors.Add(FieldOf(error), error.Description);
        }
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(Registration.UserName),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(Registration.Email),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Registration.Password),
        _ => "",
    };
}
