using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Web.Infrastructure.Validation;

namespace HybridChat.Web.Features.Groups;

[Authorize]
[Route("/conversations/{id:int}/settings")]
public class GroupSettingsController(GroupChanges changes, ChatDbContext db, PeopleDirectory people) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Update(int id, GroupSettingsForm form)
    {
        var result = await changes.ReviseAsync(id, User.Id(), form.Title ?? "", form.Visibility);
        var panel = await GroupPanel.LoadAsync(db, people, id, User.Id());
        if (result.Problem is not null and not GroupProblem.Invalid || panel is null)
        {
            return StatusCode(GroupProblems.StatusOf(result.Problem ?? GroupProblem.NotFound));
        }

        if (!result.Succeeded)
        {
            ModelState.AddErrors(result.Errors);
            form.ConversationId = id;
            return this.InvalidForm("Members", "_GroupSettings", panel with { Settings = form });
        }

        panel.Settings.Saved = true;
        return Request.WantsFragment() ? PartialView("_GroupSettings", panel) : Redirect($"/conversations/{id}/members");
    }
}
