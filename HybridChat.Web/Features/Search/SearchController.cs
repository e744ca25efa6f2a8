using HybridChat.Data;
using HybridChat.Data.Search;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Search;

[Authorize]
[Route("/search")]
public class SearchController(MessageSearch search, ChatDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(SearchForm form)
    {
        var terms = SearchTerms.Parse(form.Q);
        var error = string.IsNullOrWhiteSpace(form.Q) ? null : SearchRequestErrors.For(form.Q, terms, null, null)?.Message;
        // A mangled cursor starts the results from the top rather than failing the page.
        var offset = SearchCursor.TryParse(form.Cursor, out var parsed) ? parsed : 0;
        var page = error is null ? await search.FindAsync(User.Id(), terms, form.Filter, offset) : MessageSearchPage.Empty;
        var results = new SearchResults(form, page, error);
        if (!Request.WantsFragment())
        {
            results = await db.WithSearchChoicesAsync(results, User.Id());
        }

        return this.PageOrPartial("Index", "_SearchResults", results);
    }
}
