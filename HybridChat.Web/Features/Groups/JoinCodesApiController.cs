using HybridChat.Data.Conversations;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Groups;

[Route(Prefix + "/conversations/{id:int}/join-code")]
[Tags("Conversations")]
[ProducesResponseType(StatusCodes.Status400BadRequest)]
[ProducesResponseType(StatusCodes.Status403Forbidden)]
[ProducesResponseType(StatusCodes.Status404NotFound)]
public class JoinCodesApiController(JoinCodes codes) : ApiControllerBase
{
    [HttpPost]
    [EndpointName("createJoinCode")]
    [EndpointSummary("Make a new join code for a group (owner and admins); the previous code stops working. The web link is path. 400 for a direct chat.")]
    [ProducesResponseType<JoinCodeDto>(StatusCodes.Status200OK)]
    public async Task<ActionResult<JoinCodeDto>> Create(int id)
    {
        var (result, code) = await codes.RotateAsync(id, CurrentUserId);
        return result.Succeeded ? new JoinCodeDto(code!, $"/join/{code}") : this.Refusal(result);
    }

    [HttpDelete]
    [EndpointName("deleteJoinCode")]
    [EndpointSummary("Turn off the group's join code (owner and admins): 204. 400 for a direct chat.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Delete(int id)
    {
        var result = await codes.DisableAsync(id, CurrentUserId);
        return result.Succeeded ? NoContent() : this.Refusal(result);
    }
}
