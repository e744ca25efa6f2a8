using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Accounts;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Api.OpenApi;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Avatars;

[Route(Prefix + "/me/avatar")]
[Tags("Me")]
public class MyAvatarApiController(ProfilePictures pictures, UserSnapshots snapshots, IOptions<MediaOptions> options) : ApiControllerBase
{
    [HttpPut]
    [DisableRequestSizeLimit]
    [TypeFilter<UploadSizeLimitFilter>]
    [ExplainsUnreadableForm]
    [MultipartFileUpload(MultipartUpload.FieldName)]
    [EndpointName("setMyAvatar")]
    [EndpointSummary("Set your profile picture (multipart/form-data, part \"file\"; a picture, with the limits of uploads). "
        + "It replaces the old one at once; avatarUrl shows it once its square preview is made, a moment later (until then: null).")]
    [ProducesResponseType<Profile>(StatusCodes.Status200OK)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<Profile>> Update()
    {
        var result = await MultipartUpload.ReadAsync(Request, (name, type, body) =>
            pictures.ReplaceAsync(CurrentUserId, new PictureUpload(name, type, body), HttpContext.RequestAborted));
        if (this.ProblemFor(result, options.Value, "picture") is { } problem)
        {
            return problem;
        }

        return Profile.From((await snapshots.FindAsync(CurrentUserId, HttpContext.RequestAborted))!);
    }

    [HttpDelete]
    [EndpointName("removeMyAvatar")]
    [EndpointSummary("Remove your profile picture: 204; you are shown with your initials again.")]
    [ProducesResponseType(StatusCodes.Status204NoContent)]
    public async Task<IActionResult> Destroy()
    {
        await pictures.RemoveAsync(CurrentUserId);
        return NoContent();
    }
}
