using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace HybridChat.Web.Areas.Identity.Pages.Account;

// What signing in and registering share: the form's input, and the page to return to afterwards,
// which must be one of ours (an open redirect would hand a phishing link our sign-in page).
public abstract class AccountFormPage<TInput> : PageModel
    where TInput : new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    protected IActionResult ReturnToWhereTheyWere() => LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
}
