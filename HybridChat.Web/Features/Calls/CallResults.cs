using HybridChat.Data.Calls;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Calls;

public static class CallResults
{
    // How the web and the API answer a refused step of a call.
    public static ActionResult ProblemFor(this ControllerBase controller, CallProblem problem)
    {
        ArgumentNullException.ThrowIfNull(controller);
        return problem switch
        {
            CallProblem.NotFound => controller.NotFound(),
            CallProblem.NotADirectChat => controller.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Not a direct chat",
                detail: "Calls are between the two people of a direct chat; groups have no calls."),
            CallProblem.NotAllowed => controller.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Calls are blocked",
                detail: "You can call friends only, and not when one of you blocks the other."),
            CallProblem.NotCallee => controller.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your call to answer",
                detail: "Only the person called can answer or decline; hang up to stop calling."),
            CallProblem.Busy => controller.Problem(statusCode: StatusCodes.Status409Conflict, title: "Busy",
                detail: "One of you is already in a call."),
            _ => controller.Problem(statusCode: StatusCodes.Status409Conflict, title: "The call is over",
                detail: "The call was answered, declined or ended already."),
        };
    }
}
