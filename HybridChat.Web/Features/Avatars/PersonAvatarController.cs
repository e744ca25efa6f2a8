using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Media;
using HybridChat.Web.Infrastructure.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Avatars;

[Authorize]
[Route("/people/{id:int}/avatar")]
public class PersonAvatarController(AvatarAccess access, IMediaStore store) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Show(int id) =>
        await access.OfUserAsync(id, User.Id()) is { } media && MediaFile.Preview(Response, store, media) is { } picture
            ? picture : NotFound();
}
