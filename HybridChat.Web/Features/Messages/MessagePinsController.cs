using HybridChat.Data.Messaging;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Messages;

[Authorize]
[Route("/messages/{id:long}/pin")]
public class MessagePinsController(MessagePinning pinning) : Controller
{
    [HttpPut]
    public async Task<IActionResult> Update(long id) => Answer(await pinning.SetAsync(id, User.Id(), pinned: true));

    [HttpDelete]
    public async Task<IActionResult> Delete(long id) => Answer(await pinning.SetAsync(id, User.Id(), pinned: false));

    private IActionResult Answer(MessagePosting posting) => posting.Refusal switch
    {
        MessageRefusal.NotFound => NotFound(),
        MessageRefusal.Forbidden => Forbid(),
        MessageRefusal.Conflict => Conflict(),
        _ => PartialView("_MessageUpsert", posting.Message),
    };
}
