using System.Net.Mime;
using HybridChat.Data.Entities;
using HybridChat.Jobs.Media;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace HybridChat.Web.Features.Media;

// The bytes of a file or its preview, for the page and the API alike: the stored content type
// (never sniffed), shown in place only when a browser cannot run it, ranges for seeking in video
// and audio, and cached by the viewer's browser only.
public static class MediaFile
{
    public const string CacheControl = "private, max-age=86400";

    public static IActionResult Original(HttpResponse response, IMediaStore store, Data.Entities.Media media) =>
        Serve(response, store.OpenRead(media.StoragePath), media.ContentType, media.FileName,
            new DetectedType(media.Kind, media.ContentType).IsSafeInline);

    public static IActionResult? Preview(HttpResponse response, IMediaStore store, Data.Entities.Media media) =>
        media is { ThumbnailState: ThumbnailState.Ready, ThumbnailPath: { } path }
            ? Serve(response, store.OpenRead(path), "image/webp", Path.ChangeExtension(media.FileName, ".webp"), inline: true)
            : null;

    private static FileStreamResult Serve(HttpResponse response, Stream content, string contentType, string fileName, bool inline)
    {
        var header = new ContentDispositionHeaderValue(inline ? DispositionTypeNames.Inline : DispositionTypeNames.Attachment);
        header.SetHttpFileName(fileName);
        response.Headers.ContentDisposition = header.ToString();
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        return new FileStreamResult(content, contentType) { EnableRangeProcessing = true };
    }
}
