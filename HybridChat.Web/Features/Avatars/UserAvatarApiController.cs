using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Avatars;

[Route(Prefix + "/users/{id:int}/avatar")]
[Tags("People")]
public class UserAvatarApiController(AvatarAccess access, IMediaStore store) : ApiControllerBase
{
    [HttpGet]
    [FileDownload]
    [EndpointName("downloadUserAvatar")]
    [EndpointSummary("A person's profile picture, a square WebP: the address is their avatarUrl. "
        + "404 when they have none (yet), or when either of you blocked the other.")]
    public async Task<IActionResult> Show(int id) =>
        await access.OfUserAsync(id, CurrentUserId) is { } media && MediaFile.Preview(Response, store, media) is { } picture
            ? picture : NotFound();
}
