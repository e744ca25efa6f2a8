using HybridChat.Data.People;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.People;

[Route(Prefix + "/users")]
[Tags("People")]
public class UsersApiController(PeopleSearch search, PeopleDirectory directory, PeoplePresence presence) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("searchUsers")]
    [ProducesResponseType<UserSearchPage>(StatusCodes.Status200OK)]
    [EndpointSummary("Find people by user name or display name (prefix matches first). People who blocked you are not listed.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<UserSearchPage>> Index(string? query, string? cursor, int limit = PeopleSearch.DefaultPageSize)
    {
        if (!PeopleCursor.TryParse(cursor, out var after))
        {
            ModelState.AddModelError(nameof(cursor), "Pass back the nextCursor of an earlier page, or nothing.");
            return ValidationProblem(ModelState);
        }

        var page = await search.FindAsync(CurrentUserId, query, after, limit);
        return new UserSearchPage([.. page.Items.Select(UserSearchItem.From)], page.Next?.ToString());
    }

    [HttpGet("{id:int}")]
    [EndpointName("getUser")]
    [ProducesResponseType<UserDetails>(StatusCodes.Status200OK)]
    [EndpointSummary("A person, how they stand to you, and their presence where their settings show it to you.")]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<UserDetails>> Show(int id)
    {
        var person = await directory.FindAsync(CurrentUserId, id);
        return person is null ? this.Refusal(RelationshipProblem.NotFound) : UserDetails.From(person, presence.Of(person));
    }
}
