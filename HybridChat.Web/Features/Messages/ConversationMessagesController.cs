using HybridChat.Data;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Hosting;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Messages;

[Authorize]
[Route("/conversations/{conversationId:int}/messages")]
public class ConversationMessagesController(
    ChatDbContext db, MessageHistory history, MessageSending sending, ComposerUploads uploads) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int conversationId, long before)
    {
        if (!await db.IsMemberAsync(conversationId, User.Id()))
        {
            return NotFound();
        }

        return PartialView("_OlderPage", (conversationId, await history.PageAsync(conversationId, before, after: null, limit: 50)));
    }

    [HttpPost]
    [EnableRateLimiting(Infrastructure.Api.RateLimitPolicies.SendMessage)]
    [ExplainsUnreadableForm]
    public async Task<IActionResult> Create(int conversationId, ComposerForm? form)
    {
        if (form is null)
        {
            return await UnreadableAsync();
        }

        var (attachmentIds, uploadError) = await uploads.AcceptAsync(User.Id(), form, HttpContext.RequestAborted);
        var posting = uploadError is null
            ? await sending.SendAsync(new SendMessage(conversationId, User.Id(), form.ClientMessageId, form.Text, attachmentIds) { ReplyToId = form.ReplyToId })
            : MessagePosting.Invalid(ComposerUploads.Error(uploadError));
        if (posting.Refusal == MessageRefusal.NotFound)
        {
            return Refused(StatusCodes.Status404NotFound, "You can't send messages here: you are not a member of this chat (you left it or were removed).");
        }

        if (!Request.WantsFragment())
        {
            return Redirect($"/conversations/{conversationId}");
        }

        if (posting.Refusal == MessageRefusal.Blocked)
        {
            return Refused(StatusCodes.Status422UnprocessableEntity, "You can't send messages here: one of you has blocked the other.");
        }

        var error = posting.Errors.Values.SelectMany(messages => messages).FirstOrDefault();
        var composer = error is null ? Composer.For(conversationId) : new Composer(conversationId, form.ClientMessageId, form.Text, error) { ReplyToId = form.ReplyToId };
        Response.StatusCode = posting.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return PartialView("_Posted", (posting.Message, composer));
    }

    // A send the viewer may not make: an htmx page replaces its composer with the reason.
    private IActionResult Refused(int status, string reason)
    {
        if (!Request.WantsFragment())
        {
            return StatusCode(status);
        }

        Response.StatusCode = status;
        var conversationId = Convert.ToInt32(RouteData.Values["conversationId"], System.Globalization.CultureInfo.InvariantCulture);
        return PartialView("_Refused", (conversationId, reason));
    }

    // The framework will not read a form holding a NUL character; binding then stops altogether,
    // so even the route's conversation id must be read from the route itself.
    private async Task<IActionResult> UnreadableAsync()
    {
        var conversationId = Convert.ToInt32(RouteData.Values["conversationId"], System.Globalization.CultureInfo.InvariantCulture);
        if (!await db.IsMemberAsync(conversationId, User.Id()))
        {
            return NotFound();
        }

        if (!Request.WantsFragment())
        {
            return BadRequest();
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return PartialView("_Posted", ((HybridChat.Data.Entities.Message?)null, Composer.For(conversationId) with { Error = MessageText.ControlCharactersError }));
    }
}
