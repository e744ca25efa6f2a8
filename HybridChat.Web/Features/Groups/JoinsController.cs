using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

// Joining a group by its invitation link (/join/{code}) or, for a public room, by its id.
// Visitors are sent to log in first and come back to the link.
[Authorize]
public class JoinsController(JoinCodes codes, GroupChanges changes) : Controller
{
    [HttpGet("/join/{code}")]
    public async Task<IActionResult> Show(string code)
    {
        var group = await codes.FindGroupAsync(code);
        return group is null ? NotFound() : View("Join", new JoinInvitation(code, group, group.Memberships.Any(m => m.UserId == User.Id())));
    }

    [HttpPost("/join/{code}")]
    public async Task<IActionResult> JoinByCode(string code) => await AnswerAsync(await changes.JoinByCodeAsync(User.Id(), code));

    [HttpPost("/conversations/{id:int}/join")]
    public async Task<IActionResult> Join(int id) => await AnswerAsync(await changes.JoinRoomAsync(User.Id(), id));

    private async Task<IActionResult> AnswerAsync(GroupResult result)
    {
        if (!result.Succeeded)
        {
            return StatusCode(GroupProblems.StatusOf(result.Problem!.Value));
        }

        return this.GoTo($"/conversations/{result.ConversationId}");
    }
}
