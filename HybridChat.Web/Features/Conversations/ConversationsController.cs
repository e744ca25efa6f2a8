using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Data.Messaging;
using HybridChat.Data.Relationships;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Features.People;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace HybridChat.Web.Features.Conversations;

[Authorize]
[Route("/conversations")]
public class ConversationsController(ChatDbContext db, MessageHistory history, ConversationList list, ReadEvents reads, PeoplePresence presence)
    : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index() => View(new ConversationListView(await list.PageAsync(User.Id(), after: null), null));

    [HttpGet("list")]
    public async Task<IActionResult> List(int? current) =>
        PartialView("_ConversationList", new ConversationListView(await list.PageAsync(User.Id(), after: null), current));

    // around: a message to open the chat at (a search hit); the page then ends with it, so it is in view.
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id, long? around)
    {
        var conversation = await db.FindForMemberAsync(id, User.Id());
        if (conversation is null)
        {
            return NotFound();
        }

        var lastReadId = conversation.Memberships.Single(m => m.UserId == User.Id()).LastReadMessageId;
        var page = await history.PageAsync(id, before: around + 1, after: null,
            around is null ? await history.OpeningPageSizeAsync(id, lastReadId) : 50);
        var hasNewer = around is not null && await db.Messages.AnyAsync(m => m.ConversationId == id && m.Id > around);
        if (page.Items.Count > 0 && !hasNewer)
        {
            await reads.MarkReadAsync(id, User.Id(), page.Items[^1].Id);
        }

        var listView = new ConversationListView(await list.PageAsync(User.Id(), after: null), id);
        // A direct chat with nobody on the other side (they deleted their account) takes no messages either.
        var view = new ConversationPage(conversation, User.Id(), page.Items, page.HasMore, Composer.For(id), listView, Blocked: false)
        {
            FirstUnreadId = around is null ? page.Items.FirstOrDefault(m => m.Id > lastReadId && m.SenderId != User.Id())?.Id : null,
            HasNewer = hasNewer,
        };
        if (view.OtherSideGone)
        {
            view = view with { Blocked = true };
        }
        else if (view.Other is { } other)
        {
            var blocked = await db.BlockedEitherWayAsync(User.Id(), other.Id);
            view = view with
            {
                Blocked = blocked,
                OtherPresence = presence.Of(other, await db.AreFriendsAsync(User.Id(), other.Id), blocked),
            };
        }

        return View(view);
    }
}
