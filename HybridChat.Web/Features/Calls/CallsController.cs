using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Calls;

// The calls resource for the browser's calls.js (cookie session, antiforgery header): the same
// steps and answers as the API, in JSON, since a call cannot run without script anyway.
[Authorize]
[Route("calls")]
public class CallsController(CallEvents calls) : Controller
{
    [HttpPost]
    public async Task<IActionResult> Create([FromBody] StartCallRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var result = await calls.StartAsync(User.Id(), request.ConversationId!.Value, request.Kind!.Value);
        return result.Call is { } call ? StatusCode(StatusCodes.Status201Created, calls.DtoOf(call)) : this.ProblemFor(result.Problem!.Value);
    }

    [HttpPost("{id:long}/accept")]
    public async Task<IActionResult> Accept(long id) => Answer(await calls.AcceptAsync(id, User.Id()));

    [HttpPost("{id:long}/decline")]
    public async Task<IActionResult> Decline(long id) => Answer(await calls.DeclineAsync(id, User.Id()));

    [HttpPost("{id:long}/hangup")]
    public async Task<IActionResult> HangUp(long id) => Answer(await calls.HangUpAsync(id, User.Id()));

    [HttpPost("{id:long}/signals")]
    public async Task<IActionResult> Signal(long id, [FromBody] CallSignalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!ModelState.IsValid)
        {
            return ValidationProblem(ModelState);
        }

        var problem = await calls.SignalAsync(id, User.Id(), request.Type!, request.Data!.Value);
        return problem is null ? NoContent() : this.ProblemFor(problem.Value);
    }

    private IActionResult Answer(Data.Calls.CallResult result) =>
        result.Call is { } call ? Ok(calls.DtoOf(call)) : this.ProblemFor(result.Problem!.Value);
}
