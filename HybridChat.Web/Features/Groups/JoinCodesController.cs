using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Authorize]
[Route("/conversations/{id:int}/join-code")]
public class JoinCodesController(JoinCodes codes, ChatDbContext db) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Create(int id) => await AnswerAsync(id, (await codes.RotateAsync(id, User.Id())).Result);

    [HttpPost("delete")]
    public async Task<IActionResult> Delete(int id) => await AnswerAsync(id, await codes.DisableAsync(id, User.Id()));

    private async Task<IActionResult> AnswerAsync(int id, GroupResult result)
    {
        if (!result.Succeeded)
        {
            return StatusCode(GroupProblems.StatusOf(result.Problem!.Value));
        }

        return Request.WantsFragment()
            ? PartialView("_JoinCode", await db.FindForMemberAsync(id, User.Id()))
            : Redirect($"/conversations/{id}/members");
    }
}
