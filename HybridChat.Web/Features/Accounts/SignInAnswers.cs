using HybridChat.Data.Accounts;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Accounts;

// The API's sign-in refusals, worded once. Unknown names and wrong passwords get the same one.
public static class SignInAnswers
{
    public static ObjectResult WrongCredentials(this ControllerBase controller) =>
        controller.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong user name or password");

    public static ObjectResult LockedOut(this ControllerBase controller) =>
        controller.Problem(statusCode: StatusCodes.Status423Locked, title: "Account locked",
            detail: "Too many failed sign-ins. Try again in a few minutes.");

    public static ObjectResult TwoFactorRequired(this ControllerBase controller, string ticket)
    {
        var problem = new TwoFactorChallenge
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.2",
            Status = StatusCodes.Status401Unauthorized,
            Title = "Two-factor code required",
            Detail = $"Send the ticket with a code from your authenticator app (or a recovery code) to /auth/token/two-factor within {TwoFactorTickets.Lifetime.TotalMinutes} minutes.",
            TwoFactorRequired = true,
            TwoFactorTicket = ticket,
            ExpiresIn = (int)TwoFactorTickets.Lifetime.TotalSeconds,
        };
        return new ObjectResult(problem) { StatusCode = problem.Status, ContentTypes = { "application/problem+json" } };
    }

    public static ObjectResult InvalidTicket(this ControllerBase controller) =>
        controller.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Two-factor ticket is not valid",
            detail: "It expired or was used already. Sign in again with your user name and password.");

    public static ObjectResult WrongSecondFactor(this ControllerBase controller) =>
        controller.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Wrong two-factor code");
}
