using System.Globalization;
using HybridChat.Data;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Groups;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Api.OpenApi;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Avatars;

[Route(Prefix + "/conversations/{id:int}/avatar")]
[Tags("Conversations")]
public class GroupAvatarApiController(GroupPictures pictures, AvatarAccess access, IMediaStore store, IOptions<MediaOptions> options)
    : ApiControllerBase
{
    [HttpGet]
    [FileDownload]
    [EndpointName("downloadGroupAvatar")]
    [EndpointSummary("A group's picture, a square WebP, to its members: the address is the conversation's avatarUrl. 404 otherwise.")]
    public async Task<IActionResult> Show(int id) =>
        await access.OfGroupAsync(id, CurrentUserId) is { } media && MediaFile.Preview(Response, store, media) is { } picture
            ? picture : NotFound();

    [HttpPut]
    [DisableRequestSizeLimit]
    [TypeFilter<UploadSizeLimitFilter>]
    [ExplainsUnreadableForm]
    [MultipartFileUpload(MultipartUpload.FieldName)]
    [EndpointName("setGroupAvatar")]
    [EndpointSummary("Set a group's picture (owner and admins; multipart/form-data, part \"file\"; a picture, with the limits of uploads). "
        + "Members hear conversation.updated; avatarUrl shows it once its square preview is made. 400 for a direct chat; 404 unless you are a member.")]
    [ProducesResponseType<ConversationDto>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<ConversationDto>> Update()
    {
        // No bound parameters: binding them would read the whole form before the file is streamed.
        var id = int.Parse((string)RouteData.Values["id"]!, CultureInfo.InvariantCulture);
        var db = HttpContext.RequestServices.GetRequiredService<ChatDbContext>();
        if (await pictures.RefusalAsync(id, CurrentUserId) is { } refused)
        {
            return this.Refusal(refused);
        }

        GroupPictureResult? outcome = null;
        var result = await MultipartUpload.ReadAsync(Request, async (name, type, body) =>
        {
            outcome = await pictures.ReplaceAsync(id, CurrentUserId, new PictureUpload(name, type, body), HttpContext.RequestAborted);
            return outcome.Upload ?? new UploadResult(null, UploadRefusal.None);
        });
        if (outcome?.Refused is { } lateRefusal)
        {
            return this.Refusal(lateRefusal);
        }

        if (this.ProblemFor(result, options.Value, "picture") is { } problem)
        {
            return problem;
        }

        return ConversationDto.From((await db.FindForMemberAsync(id, CurrentUserId))!, CurrentUserId);
    }

    [HttpDelete]
    [EndpointName("removeGroupAvatar")]
    [EndpointSummary("Remove a group's picture (owner and admins): 204; members hear conversation.updated.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType(StatusCodes.Status403Forbidden)]
    [ProducesResponseType(StatusCodes.Status404NotFound)]
    public async Task<IActionResult> Destroy(int id) =>
        await pictures.RemoveAsync(id, CurrentUserId) is { } refused ? this.Refusal(refused) : NoContent();
}
