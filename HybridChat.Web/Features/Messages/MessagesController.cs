using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Authorize]
public class MessagesController(MessageEditor editor, MessageEvents events) : Controller
{
    [HttpDelete("/messages/{id:long}")]
    public async Task<IActionResult> Delete(long id)
    {
        var posting = await editor.DeleteAsync(id, User.Id());
        if (!posting.Succeeded)
        {
            return posting.Refusal == MessageRefusal.Forbidden ? Forbid() : NotFound();
        }

        if (posting.Change is not null)
        {
            await events.PublishAsync(posting.Change);
        }

        return PartialView("_MessageUpsert", posting.Message);
    }
}
