using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

public static class MessagePostingResults
{
    // How the API answers a refused or invalid posting; null when it succeeded.
    public static ActionResult? ProblemFor(this ApiControllerBase controller, MessagePosting posting)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(posting);
        return posting.Refusal switch
        {
            MessageRefusal.NotFound => controller.NotFound(),
            MessageRefusal.Blocked => controller.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Messages are blocked",
                detail: "One of you blocks the other, so this chat takes no new messages."),
            MessageRefusal.Forbidden => controller.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your message"),
            MessageRefusal.Conflict => controller.Problem(statusCode: StatusCodes.Status409Conflict, title: "The message was deleted"),
            _ when !posting.Errors.IsValid => controller.ValidationProblemFor(posting.Errors),
            _ => null,
        };
    }
}
