using HybridChat.Jobs.Media;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Media;

// The page's side of media: the composer's script uploads here file by file (with progress), and
// the chat shows files and previews from here, with the session cookie.
[Authorize]
[Route("/media")]
public class MediaController(MediaIntake intake, MediaAccess access, IMediaStore store, IOptions<MediaOptions> options) : Controller
{
    [HttpPost]
    [DisableRequestSizeLimit]
    [TypeFilter<UploadSizeLimitFilter>]
    [ExplainsUnreadableForm]
    public async Task<IActionResult> Create()
    {
        var result = await MultipartUpload.ReadAsync(Request, (name, type, body) =>
            intake.AcceptAsync(User.Id(), name, type, body, HttpContext.RequestAborted));
        if (result is null)
        {
            return BadRequest("Choose a file.");
        }

        if (result.Media is not { } media)
        {
            var (status, title, detail) = UploadProblems.Describe(result.Refusal, options.Value);
            return StatusCode(status, $"{title}: {detail}");
        }

        Response.StatusCode = StatusCodes.Status201Created;
        return PartialView("_Upload", media);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Show(int id) =>
        await access.FindVisibleAsync(id, User.Id()) is { } media ? MediaFile.Original(Response, store, media) : NotFound();

    [HttpGet("{id:int}/thumbnail")]
    public async Task<IActionResult> Thumbnail(int id) =>
        await access.FindVisibleAsync(id, User.Id()) is { } media && MediaFile.Preview(Response, store, media) is { } preview
            ? preview : NotFound();
}
