using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Data.Relationships;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

[Authorize]
[Route("/conversations")]
public class ConversationsController(ChatDbContext db, MessageHistory history, ConversationList list, ReadEvents reads) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new ConversationListView(await list.PageAsync(User.Id(), after: null), null));

    [HttpGet("list")]
    public async Task<IActionResult> List(int? current) =>
        PartialView("_ConversationList", new ConversationListView(await list.PageAsync(User.Id(), after: null), current));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var conversation = await db.FindForMemberAsync(id, User.Id());
        if (conversation is null)
        {
            return NotFound();
        }

        var page = await history.PageAsync(id, before: null, after: null, limit: 50);
        if (page.Items.Count > 0)
        {
            await reads.MarkReadAsync(id, User.Id(), page.Items[^1].Id);
        }

        var other = conversation.Memberships.FirstOrDefault(m => m.UserId != User.Id())?.UserId;
        // A direct chat with nobody on the other side (they deleted their account) takes no messages either.
        var blocked = conversation.Kind == ConversationKind.Direct && (other is not { } otherId || await db.BlockedEitherWayAsync(User.Id(), otherId));
        var listView = new ConversationListView(await list.PageAsync(User.Id(), after: null), id);
        return View(new ConversationPage(conversation, User.Id(), page.Items, page.HasMore, Composer.For(id), listView, blocked));
    }
}
