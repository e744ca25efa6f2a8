using HybridChat.Data;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Infrastructure.Api;

public static class IdentityResultExtensions
{
    // Password rule failures belong to the new password; a wrong current password or a bad reset
    // token to the field that carried it.
    public static ValidationErrors ToValidationErrors(this IdentityResult result, string passwordField, string secretField)
    {
        ArgumentNullException.ThrowIfNull(result);
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            var field = error.Code is nameof(IdentityErrorDescriber.PasswordMismatch) or nameof(IdentityErrorDescriber.InvalidToken)
                ? secretField
                : passwordField;
            errors.Add(field, error.Description);
        }

        return errors;
    }
}
