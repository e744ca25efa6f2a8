using HybridChat.Data.Conversations;
using HybridChat.Data.Entities;
using HybridChat.Data.People;
using HybridChat.Web.Features.Conversations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Home;

public class HomeController(UserManager<User> users, ConversationList conversations, PeopleDirectory directory) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return View("Welcome");
        }

        var recent = await conversations.PageAsync(user.Id, after: null, limit: 8);
        var friends = await directory.FriendsOfAsync(user.Id);
        return View(new HomePage(user, new ConversationListView(recent, null), friends.Count > 0));
    }
}

// A new user (no friends, no chats) is shown how to start; a returning one their recent chats.
public record HomePage(User User, ConversationListView Recent, bool HasFriends)
{
    public bool FirstRun => !HasFriends && Recent.Page.Items.Count == 0;
}
