using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Htmx;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Authorize]
[Route("/people")]
public class PeopleController(PeopleSearch search, PeopleDirectory directory) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(string? query, string? cursor)
    {
        // A mangled cursor starts the results from the top rather than failing the page.
        var after = PeopleCursor.TryParse(cursor, out var parsed) ? parsed : null;
        var page = await search.FindAsync(User.Id(), query, after);
        return this.PageOrPartial("People", "_PeopleResults", new PeopleResults(query?.Trim() ?? "", page));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id)
    {
        var person = await directory.FindAsync(User.Id(), id);
        return person is null ? this.PersonGone() : this.PageOrPartial("Person", "_Person", person);
    }
}
