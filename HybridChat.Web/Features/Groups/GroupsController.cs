using HybridChat.Data.Conversations;
using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using HybridChat.Web.Infrastructure.Validation;

namespace HybridChat.Web.Features.Groups;

[Authorize]
[Route("/groups")]
public class GroupsController(GroupChanges changes, PeopleDirectory people) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New() => View("New", new GroupForm { Friends = await people.FriendsOfAsync(User.Id()) });

    [HttpPost]
    public async Task<IActionResult> Create(GroupForm form)
    {
        var started = await changes.CreateAsync(User.Id(), form.Title, form.MemberIds, form.Visibility);
        if (started.Conversation is not { } group)
        {
            ModelState.AddErrors(started.Errors);
            form.Friends = await people.FriendsOfAsync(User.Id());
            return this.InvalidForm("New", "_GroupForm", form);
        }

        return this.GoTo($"/conversations/{group.Id}");
    }
}
