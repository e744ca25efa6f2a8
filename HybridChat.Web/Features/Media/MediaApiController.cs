using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Api.OpenApi;
using HybridChat.Web.Infrastructure.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Media;

[Route(Prefix + "/media")]
[Tags("Media")]
public class MediaApiController(MediaIntake intake, MediaAccess access, IMediaStore store, IOptions<MediaOptions> options) : ApiControllerBase
{
    [HttpPost]
    [DisableRequestSizeLimit]
    [TypeFilter<UploadSizeLimitFilter>]
    [ExplainsUnreadableForm]
    [MultipartFileUpload(MultipartUpload.FieldName)]
    [EndpointName("uploadMedia")]
    [EndpointSummary("Upload one file (multipart/form-data, part \"file\"); send its id in a message's attachmentIds. "
        + "The kind comes from the file's content; pictures, and videos when the server has ffmpeg, get a preview (thumbnailUrl) a moment later.")]
    [ProducesResponseType<AttachmentDto>(StatusCodes.Status201Created)]
    [ProducesResponseType<ValidationProblemDetails>(StatusCodes.Status400BadRequest)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status413PayloadTooLarge)]
    [ProducesResponseType<ProblemDetails>(StatusCodes.Status415UnsupportedMediaType)]
    public async Task<ActionResult<AttachmentDto>> Create()
    {
        var result = await MultipartUpload.ReadAsync(Request, (name, type, body) =>
            intake.AcceptAsync(CurrentUserId, name, type, body, HttpContext.RequestAborted));
        if (this.ProblemFor(result, options.Value, "file") is { } problem)
        {
            return problem;
        }

        return StatusCode(StatusCodes.Status201Created, AttachmentDto.From(result!.Media!));
    }

    [HttpGet("{id:int}")]
    [FileDownload]
    [EndpointName("downloadMedia")]
    [EndpointSummary("The file as uploaded (pictures without their location and camera data), to its uploader and the members "
        + "of a conversation it was sent in. Shown inline only for pictures, video, audio and PDF; otherwise an attachment.")]
    public async Task<IActionResult> Show(int id) =>
        await access.FindVisibleAsync(id, CurrentUserId) is { } media ? MediaFile.Original(Response, store, media) : NotFound();

    [HttpGet("{id:int}/thumbnail")]
    [FileDownload]
    [EndpointName("downloadMediaThumbnail")]
    [EndpointSummary("A picture's WebP preview or a video's poster frame, once thumbnailUrl is set; 404 before that or for other files.")]
    public async Task<IActionResult> Thumbnail(int id) =>
        await access.FindVisibleAsync(id, CurrentUserId) is { } media && MediaFile.Preview(Response, store, media) is { } preview
            ? preview : NotFound();
}
