using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Messages;

[Authorize]
public class ConversationMessagesController(MessageSender sender, MessageEvents events) : Controller
{
    [HttpPost("/conversations/{conversationId:int}/messages")]
    [EnableRateLimiting(Infrastructure.Api.RateLimitPolicies.SendMessage)]
    public async Task<IActionResult> Create(int conversationId, ComposerForm form)
    {
        var posting = await sender.SendAsync(new SendMessage(conversationId, User.Id(), form.ClientMessageId, form.Text));
        if (posting.Refusal == MessageRefusal.NotFound)
        {
            return NotFound();
        }

        if (posting.Change is not null)
        {
            await events.PublishAsync(posting.Change);
        }

        if (!Request.WantsFragment())
        {
            return Redirect($"/conversations/{conversationId}");
        }

        var refused = posting.Refusal == MessageRefusal.Blocked ? "You can't send messages in this chat: one of you blocks the other." : null;
        var invalid = posting.Errors.Values.SelectMany(messages => messages).FirstOrDefault();
        var error = refused ?? invalid;
        var composer = error is null ? Composer.For(conversationId) : new Composer(conversationId, form.ClientMessageId, form.Text, error);
        Response.StatusCode = posting.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return PartialView("_Posted", (posting.Message, composer));
    }
}
