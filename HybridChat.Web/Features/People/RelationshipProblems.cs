using HybridChat.Data.People;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

// The HTTP answer of each refusal, for the API (ProblemDetails) and the pages (status code) alike.
public static class RelationshipProblems
{
    public static int StatusOf(RelationshipProblem problem) => problem switch
    {
        RelationshipProblem.NotFound => StatusCodes.Status404NotFound,
        RelationshipProblem.Yourself => StatusCodes.Status400BadRequest,
        _ => StatusCodes.Status409Conflict,
    };

    public static string TitleOf(RelationshipProblem problem) => problem switch
    {
        RelationshipProblem.NotFound => "Not found",
        RelationshipProblem.Yourself => "You cannot befriend or block yourself",
        RelationshipProblem.AlreadyFriends => "You are already friends",
        RelationshipProblem.AlreadyRequested => "You already sent a friend request",
        _ => "This friend request was already answered",
    };

    public static ActionResult Refusal(this ControllerBase controller, RelationshipProblem problem)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return controller.Problem(statusCode: StatusOf(problem), title: TitleOf(problem));
    }
}
