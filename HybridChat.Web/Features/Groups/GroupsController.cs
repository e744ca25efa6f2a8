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
public class GroupsController(ConversationStarter starter, PeopleDirectory people, GroupEvents events) : Controller
{
    [HttpGet("new")]
    public async Task<IActionResult> New() => View("New", new GroupForm { Friends = await people.FriendsOfAsync(User.Id()) });

    [HttpPost]
    public async Task<IActionResult> Create(GroupForm form)
    {
        var started = await starter.CreateGroupAsync(User.Id(), form.Title, form.MemberIds, form.Visibility);
        if (started.Conversation is not { } group)
        {
            ModelState.AddErrors(started.Errors);
            form.Friends = await people.FriendsOfAsync(User.Id());
            return this.InvalidForm("New", "_GroupForm", form);
        }

        await events.GroupCreatedAsync(group.Id, User.Id());
        return this.GoTo($"/conversations/{group.Id}");
    }
}
