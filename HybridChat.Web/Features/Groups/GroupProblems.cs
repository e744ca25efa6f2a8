using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

// The HTTP answer of each refusal. Strangers get 404 before anything else is checked; members of
// a direct chat get 400 for anything only groups have.
public static class GroupProblems
{
    public static int StatusOf(GroupProblem problem) => problem switch
    {
        GroupProblem.NotFound => StatusCodes.Status404NotFound,
        GroupProblem.Forbidden => StatusCodes.Status403Forbidden,
        GroupProblem.AlreadyMember => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };

    public static string TitleOf(GroupProblem problem) => problem switch
    {
        GroupProblem.NotFound => "Not found",
        GroupProblem.NotAGroup => "Not a group",
        GroupProblem.Forbidden => "Not allowed in this group",
        GroupProblem.AlreadyMember => "Already a member",
        _ => "Invalid",
    };

    public static ActionResult Refusal(this ApiControllerBase controller, GroupResult result)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(result);
        var problem = result.Problem ?? throw new ArgumentException("The change succeeded.", nameof(result));
        return problem == GroupProblem.Invalid
            ? controller.ValidationProblemFor(result.Errors)
            : controller.Problem(statusCode: StatusOf(problem), title: TitleOf(problem), detail: result.Detail);
    }

    // The first thing to tell a person on the web page.
    public static string? MessageOf(GroupResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Detail ?? result.Errors.Values.SelectMany(messages => messages).FirstOrDefault();
    }
}
