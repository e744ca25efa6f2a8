using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Accounts;

// The 401 of the right password on an account with two-factor sign-in: a ticket instead of tokens.
// Its own members are left out of every other 401 of sign-in, like ProblemDetails' own.
public sealed class TwoFactorChallenge : ProblemDetails
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? TwoFactorRequired { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? TwoFactorTicket { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ExpiresIn { get; init; }
}
