using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Authorize]
[Route("/conversations/{id:int}/members")]
public class MembersController(GroupChanges changes, ChatDbContext db, PeopleDirectory people) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int id) =>
        await GroupPanel.LoadAsync(db, people, id, User.Id()) is { } panel ? this.PageOrPartial("Members", "_MemberList", panel) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Create(int id, int userId)
    {
        return await AnswerAsync(id, await changes.AddMemberAsync(id, User.Id(), userId));
    }

    [HttpPost("{userId:int}/role")]
    public async Task<IActionResult> Role(int id, int userId, MemberRole? role)
    {
        if (role is null)
        {
            return BadRequest();
        }

        return await AnswerAsync(id, await changes.ChangeRoleAsync(id, User.Id(), userId, role.Value));
    }

    [HttpPost("{userId:int}/remove")]
    public async Task<IActionResult> Remove(int id, int userId)
    {
        var result = await changes.RemoveMemberAsync(id, User.Id(), userId);
        return result.Succeeded && userId == User.Id() ? this.GoTo("/rooms") : await AnswerAsync(id, result);
    }

    // The member list again, with what went wrong if anything; a plain form post returns to the page.
    private async Task<IActionResult> AnswerAsync(int id, GroupResult result)
    {
        if (result.Problem is GroupProblem.NotFound or GroupProblem.NotAGroup)
        {
            return StatusCode(GroupProblems.StatusOf(result.Problem.Value));
        }

        var panel = await GroupPanel.LoadAsync(db, people, id, User.Id());
        if (panel is null)
        {
            return NotFound();
        }

        if (result.Succeeded && !Request.WantsFragment())
        {
            return Redirect($"/conversations/{id}/members");
        }

        Response.StatusCode = result.Problem switch
        {
            null => StatusCodes.Status200OK,
            GroupProblem.Invalid => StatusCodes.Status422UnprocessableEntity,
            { } problem => GroupProblems.StatusOf(problem),
        };
        return this.PageOrPartial("Members", "_MemberList", panel with { Error = GroupProblems.MessageOf(result) });
    }
}
