using HybridChat.Data.Entities;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Home;

public class HomeController(UserManager<User> users) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index()
    {
        var user = await users.GetUserAsync(User);
        return user is null ? View("Welcome") : View(user);
    }
}
