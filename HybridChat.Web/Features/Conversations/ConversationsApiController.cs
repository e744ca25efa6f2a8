using HybridChat.Data;
using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Conversations;

[Route(Prefix + "/conversations")]
[Tags("Conversations")]
public class ConversationsApiController(
    ConversationStarter starter, ConversationList list, ChatDbContext db, Groups.GroupChanges groupChanges, StreamPosition position) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listConversations")]
    [EndpointSummary("Your conversations, newest activity first, with the last message and your unread count. "
        + "Pass nextCursor back as cursor for the next page. Open the event stream with lastEventId=streamPosition to miss nothing after this.")]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ConversationListDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<ConversationListDto>> Index(string? cursor)
    {
        if (!ListCursor.TryParse(cursor, out var after))
        {
            ModelState.AddModelError(nameof(cursor), "Pass back the nextCursor of an earlier page, or nothing.");
            return ValidationProblem(ModelState);
        }

        var streamPosition = await position.CaptureAsync(HttpContext.RequestAborted);
        var page = await list.PageAsync(CurrentUserId, after);
        return new ConversationListDto([.. page.Items.Select(ConversationListItemDto.From)], page.NextCursor, streamPosition);
    }

    [HttpPost("direct")]
    [EndpointName("openDirectConversation")]
    [EndpointSummary("Open the one-to-one chat with a friend: 201 when new, 200 when it already exists.")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    public async Task<ActionResult<ConversationDto>> OpenDirect(OpenDirectRequest request)
    {
        var started = await starter.OpenDirectAsync(CurrentUserId, request.UserId);
        if (started.Refused || started.Conversation is null)
        {
            return Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not friends",
                detail: "You can chat one-to-one only with friends, and not while either of you blocks the other.");
        }

        var dto = ConversationDto.From((await db.FindForMemberAsync(started.Conversation.Id, CurrentUserId))!, CurrentUserId);
        return started.Created ? CreatedAtAction(nameof(Show), new { id = dto.Id, version = "1" }, dto) : dto;
    }

    [HttpPost("groups")]
    [EndpointName("createGroup")]
    [EndpointSummary("Create a group of your friends; you are its owner.")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    public async Task<ActionResult<ConversationDto>> CreateGroup(CreateGroupRequest request)
    {
        var started = await groupChanges.CreateAsync(CurrentUserId, request.Title, request.MemberIds ?? [],
            request.Visibility ?? Data.Entities.ConversationVisibility.Private);
        if (started.Conversation is null)
        {
            return ValidationProblem(started.Errors);
        }

        var dto = ConversationDto.From((await db.FindForMemberAsync(started.Conversation.Id, CurrentUserId))!, CurrentUserId);
        return CreatedAtAction(nameof(Show), new { id = dto.Id, version = "1" }, dto);
    }

    [HttpGet("{id:int}")]
    [EndpointName("getConversation")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
    [EndpointSummary("A conversation you are a member of, with its members.")]
    public async Task<ActionResult<ConversationDto>> Show(int id) =>
        await db.FindForMemberAsync(id, CurrentUserId) is { } conversation ? ConversationDto.From(conversation, CurrentUserId) : NotFound();
}
