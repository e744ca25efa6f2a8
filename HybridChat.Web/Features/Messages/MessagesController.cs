using HybridChat.Data;
using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Messages;

[Authorize]
[Route("/messages/{id:long}")]
public class MessagesController(ChatDbContext db, MessageEditing editing, MessageDeletion deletion) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Show(long id) =>
        await VisibleAsync(id) is { } message ? PartialView("_MessageUpsert", message) : NotFound();

    [HttpGet("edit")]
    public async Task<IActionResult> Edit(long id) =>
        await VisibleAsync(id) is { IsDeleted: false } message && message.SenderId == User.Id()
            ? PartialView("_EditMessage", message)
            : NotFound();

    [HttpPatch]
    public async Task<IActionResult> Update(long id, [FromForm] string? text) => Answer(await editing.EditAsync(id, User.Id(), text));

    [HttpDelete]
    public async Task<IActionResult> Delete(long id) => Answer(await deletion.DeleteAsync(id, User.Id()));

    private IActionResult Answer(MessagePosting posting)
    {
        if (!posting.Succeeded)
        {
            return posting.Refusal switch
            {
                MessageRefusal.NotFound => NotFound(),
                MessageRefusal.Forbidden => Forbid(),
                _ => UnprocessableEntity(),
            };
        }

        return PartialView("_MessageUpsert", posting.Message);
    }

    private Task<HybridChat.Data.Entities.Message?> VisibleAsync(long id) =>
        db.Messages.AsNoTracking().ForDisplay()
            .SingleOrDefaultAsync(m => m.Id == id && db.Memberships.Any(mine => mine.ConversationId == m.ConversationId && mine.UserId == User.Id()));
}
