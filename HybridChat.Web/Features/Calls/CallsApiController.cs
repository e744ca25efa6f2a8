using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Calls;

// One-to-one calls for apps: the same resource the web pages use. The media flows between the
// two devices over WebRTC; these calls only move the call along and pass signals, which reach the
// other side as call.* events on its stream.
[Route(Prefix + "/calls")]
[Tags("Calls")]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public class CallsApiController(CallEvents calls) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("startCall")]
    [EndpointSummary("Ring a friend in your direct chat. The callee's streams get call.ringing; the call stops ringing as no answer after Calls:RingSeconds.")]
    [ProducesResponseType<CallDto>(StatusCodes.Status201Created)]
    [ProducesResponseType(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CallDto>> Create(StartCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await calls.StartAsync(CurrentUserId, request.ConversationId!.Value, request.Kind!.Value);
        if (result.Call is not { } call)
        {
            return this.ProblemFor(result.Problem!.Value);
        }

        var dto = calls.DtoOf(call);
        return CreatedAtAction(nameof(Show), new { id = call.Id, version = "1" }, dto);
    }

    [HttpGet("{id:long}")]
    [EndpointName("getCall")]
    [EndpointSummary("A call you are in: its state, who ended it and how, and the ICE servers to connect through.")]
    [ProducesResponseType<CallDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<CallDto>> Show(long id) =>
        await calls.FindAsync(id, CurrentUserId) is { } call ? calls.DtoOf(call) : NotFound();

    [HttpPost("{id:long}/accept")]
    [EndpointName("acceptCall")]
    [EndpointSummary("Answer a call ringing for you. Both sides get call.accepted; the caller then sends its offer.")]
    [ProducesResponseType<CallDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CallDto>> Accept(long id) => Answer(await calls.AcceptAsync(id, CurrentUserId));

    [HttpPost("{id:long}/decline")]
    [EndpointName("declineCall")]
    [EndpointSummary("Decline a call ringing for you. Both sides get call.ended (endedBy declined) and the chat records it.")]
    [ProducesResponseType<CallDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CallDto>> Decline(long id) => Answer(await calls.DeclineAsync(id, CurrentUserId));

    [HttpPost("{id:long}/hangup")]
    [EndpointName("hangUpCall")]
    [EndpointSummary("End a call, ringing or answered. Both sides get call.ended and the chat records the call.")]
    [ProducesResponseType<CallDto>(StatusCodes.Status200OK)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<ActionResult<CallDto>> HangUp(long id) => Answer(await calls.HangUpAsync(id, CurrentUserId));

    [HttpPost("{id:long}/signals")]
    [EndpointName("sendCallSignal")]
    [EndpointSummary("Pass a WebRTC session description (offer, answer) or ICE candidate to the other side, as call.signal on its stream.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType(StatusCodes.Status409Conflict)]
    public async Task<IActionResult> Signal(long id, CallSignalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = await calls.SignalAsync(id, CurrentUserId, request.Type!, request.Data!.Value);
        return problem is null ? NoContent() : this.ProblemFor(problem.Value);
    }

    private ActionResult<CallDto> Answer(Data.Calls.CallResult result) =>
        result.Call is { } call ? calls.DtoOf(call) : this.ProblemFor(result.Problem!.Value);
}
