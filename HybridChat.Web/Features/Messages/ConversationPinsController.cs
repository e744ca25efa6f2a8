using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Authorize]
[Route("/conversations/{conversationId:int}/pins")]
public class ConversationPinsController(MessagePins pins) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int conversationId) =>
        await pins.ListAsync(conversationId, User.Id()) is { } pinned ? PartialView("_Pins", pinned) : NotFound();
}
