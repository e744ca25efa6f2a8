using HybridChat.Data.Search;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Search;

[Route(Prefix + "/search")]
[Tags("Search")]
public class SearchApiController(MessageSearch search) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("searchMessages")]
    [EndpointSummary("Find words in the messages of your conversations, best match first. from/to limit when they were sent "
        + "(to excluded); a conversationId you are not in answers 404.")]
    [ProducesResponseType<MessageSearchResults>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<MessageSearchResults>> Index(string? q, int? conversationId, int? senderId, DateTimeOffset? from,
        DateTimeOffset? to, string? cursor, int limit = MessageSearch.DefaultPageSize)
    {
        var terms = SearchTerms.Parse(q);
        if (SearchRequestErrors.For(q, terms, from, to) is { } error)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }

        if (!SearchCursor.TryParse(cursor, out var offset))
        {
            ModelState.AddModelError(nameof(cursor), "Pass back the nextCursor of an earlier page, or nothing.");
        }

        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var filter = new MessageSearchFilter(conversationId, senderId, from?.UtcDateTime, to?.UtcDateTime);
        var page = await search.FindAsync(CurrentUserId, terms, filter, offset, limit, HttpContext.RequestAborted);
        return page.NotFound ? NotFound()
            : new MessageSearchResults([.. page.Items.Select(MessageSearchHit.From)], SearchCursor.For(page.NextOffset));
    }
}
