using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Route(Prefix + "/conversations/public")]
[Tags("Conversations")]
public class PublicRoomsApiController(PublicRooms rooms) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("searchPublicGroups")]
    [EndpointSummary("Public groups anyone may join, found by title (anywhere in it, ignoring case; titles starting with the query first). "
        + "Without a query, all of them. Pass nextCursor back as cursor for the next page.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<RoomPageDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<RoomPageDto>> Index(string? query, string? cursor, int limit = PublicRooms.DefaultPageSize)
    {
        if (!RoomCursor.TryParse(cursor, out var after))
        {
            ModelState.AddModelError(nameof(cursor), "Pass back the nextCursor of an earlier page, or nothing.");
            return ValidationProblem(ModelState);
        }

        var page = await rooms.FindAsync(CurrentUserId, query, after, limit);
        return new RoomPageDto([.. page.Items.Select(RoomDto.From)], page.Next?.ToString());
    }
}
