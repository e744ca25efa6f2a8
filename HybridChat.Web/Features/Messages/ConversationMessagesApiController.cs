using HybridChat.Data;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace HybridChat.Web.Features.Messages;

[Route(Prefix + "/conversations/{conversationId:int}/messages")]
[Tags("Messages")]
public class ConversationMessagesApiController(
    ChatDbContext db, MessageHistory history, MessageSending sending, StreamPosition position) : ApiControllerBase
{
    [HttpGet]
    [EndpointName("listMessages")]
    [EndpointSummary("A page of messages, oldest to newest. Without cursors the newest page; before/after are message ids. "
        + "Open the event stream with lastEventId=streamPosition to miss nothing after this page.")]
    public async Task<ActionResult<MessagePageDto>> Index(int conversationId, long? before, long? after, int limit = 50)
    {
        if (!await db.IsMemberAsync(conversationId, CurrentUserId))
        {
            return NotFound();
        }

        var streamPosition = await position.CaptureAsync(HttpContext.RequestAborted);
        var page = await history.PageAsync(conversationId, before, after, limit);
        return new MessagePageDto([.. page.Items.Select(MessageDto.From)], page.HasMore, streamPosition);
    }

    [HttpPost]
    [EndpointName("sendMessage")]
    [EnableRateLimiting(RateLimitPolicies.SendMessage)]
    [EndpointSummary("Send a message. Repeating a clientMessageId returns the stored message (200) instead of a duplicate.")]
    [ProducesResponseType<MessageDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<MessageDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<ActionResult<MessageDto>> Create(int conversationId, SendMessageRequest request)
    {
        var posting = await sending.SendAsync(new SendMessage(conversationId, CurrentUserId, request.ClientMessageId, request.Text, request.AttachmentIds)
        {
            ReplyToId = request.ReplyToId,
        });
        if (this.ProblemFor(posting) is { } problem)
        {
            return problem;
        }

        return posting.Change is null
            ? MessageDto.From(posting.Message!)
            : StatusCode(StatusCodes.Status201Created, MessageDto.From(posting.Message!));
    }
}
