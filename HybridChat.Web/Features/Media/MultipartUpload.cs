using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace HybridChat.Web.Features.Media;

// Reads the "file" part of a multipart body straight from the request stream (never buffered
// whole) and hands it to the intake, which stops reading at the size limit.
public static class MultipartUpload
{
    public const string FieldName = "file";

    // Leaves room for the part headers and boundaries around a file of the largest allowed size.
    private const long EnvelopeBytes = 64 * 1024;

    public static void LimitBody(HttpContext http, long maxFileBytes)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = maxFileBytes + EnvelopeBytes;
        }
    }

    public static async Task<UploadResult?> ReadAsync(HttpRequest request, Func<string?, string?, Stream, Task<UploadResult>> accept)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(accept);
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return null;
        }

        try
        {
            var reader = new MultipartReader(boundary, request.Body);
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
            {
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    && disposition.IsFileDisposition() && disposition.Name.Value == FieldName)
                {
                    return await accept(disposition.FileNameStar.Value ?? disposition.FileName.Value, section.ContentType, section.Body);
                }
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new UploadResult(null, UploadRefusal.TooLarge);
        }
        catch (InvalidDataException)
        {
            // A malformed multipart body: answered like one without a file.
        }

        return null;
    }
}
