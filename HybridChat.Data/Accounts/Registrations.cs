using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Data.Accounts;

// Creates accounts for the web register page and the API alike, and reports Identity's errors
// against the field they belong to.
public class Registrations(UserManager<User> users)
{
    public const int UserNameMaxLength = 32;

    public async Task<(User? User, ValidationErrors Errors)> RegisterAsync(Registration registration)
    {
        ArgumentNullException.ThrowIfNull(registration);
        var errors = new ValidationErrors();
        var userName = registration.UserName?.Trim() ?? "";
        var email = registration.Email?.Trim() ?? "";

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

        var user = new User { UserName = userName, Email = email, DisplayName = userName };
        errors.AddAll(user.Revise(new ProfileChange(string.IsNullOrWhiteSpace(registration.DisplayName) ? userName : registration.DisplayName, null, null)));
        if (!errors.IsValid)
        {
            return (null, errors);
        }

        var result = await users.CreateAsync(user, registration.Password ?? "");
        foreach (var error in result.Errors)
        {
            errors.Add(FieldOf(error), error.Description);
        }

        return result.Succeeded ? (user, errors) : (null, errors);
    }

    private static string FieldOf(IdentityError error) => error.Code switch
    {
        nameof(IdentityErrorDescriber.DuplicateUserName) or nameof(IdentityErrorDescriber.InvalidUserName) => nameof(Registration.UserName),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.InvalidEmail) => nameof(Registration.Email),
        _ when error.Code.StartsWith("Password", StringComparison.Ordinal) => nameof(Registration.Password),
        _ => "",
    };
}
