using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridChat.Web.Areas.Identity.Pages.Account.Manage;

// Identity UI's profile page knows only a phone number; HybridChat's profile lives at /profile.
public class IndexModel : PageModel
{
    public IActionResult OnGet() => Redirect("/profile");
}
