using HybridChat.Data;
using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;

namespace HybridChat.Web.Features.Accounts;

// Checks a code from the authenticator app or spends a recovery code; a wrong one counts toward
// the account's lockout like a wrong password.
public class SecondFactor(UserManager<User> users)
{
    public static ValidationErrors Validate(string? code, string? recoveryCode)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(code) == string.IsNullOrWhiteSpace(recoveryCode))
        {
            errors.Add("Code", "Send either the code from your authenticator app or one recovery code.");
        }

        return errors;
    }

    public async Task<bool> VerifyAsync(User user, string? code, string? recoveryCode)
    {
        ArgumentNullException.ThrowIfNull(user);
        var verified = string.IsNullOrWhiteSpace(recoveryCode)
            ? await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, WithoutSpaces(code).Replace("-", "", StringComparison.Ordinal))
            : (await users.RedeemTwoFactorRecoveryCodeAsync(user, WithoutSpaces(recoveryCode))).Succeeded;
        if (!verified)
        {
            await users.AccessFailedAsync(user);
        }

        return verified;
    }

    private static string WithoutSpaces(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal);
}
