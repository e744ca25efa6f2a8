using HybridChat.Jobs.Media;
using HybridChat.Web.Infrastructure.Api;
using Microsoft.AspNetCore.Mvc;

namespace HybridChat.Web.Features.Media;

public static class UploadProblems
{
    // How the API answers an upload that stored nothing (no "file" part, or a refused file); null
    // when it was stored. What names the file in the answer: "file", "picture".
    public static ActionResult? ProblemFor(this ApiControllerBase controller, UploadResult? result, MediaOptions options, string what)
    {
        ArgumentNullException.ThrowIfNull(controller);
        if (result is null)
        {
            controller.ModelState.AddModelError(MultipartUpload.FieldName, $"Send the {what} as a multipart/form-data part named \"file\".");
            return controller.ValidationProblem(controller.ModelState);
        }

        if (result.Media is not null)
        {
            return null;
        }

        var (status, title, detail) = Describe(result.Refusal, options);
        return controller.Problem(statusCode: status, title: title, detail: detail);
    }

    public static (int Status, string Title, string Detail) Describe(UploadRefusal refusal, MediaOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return refusal switch
        {
            UploadRefusal.TooLarge => (StatusCodes.Status413PayloadTooLarge, "File too large",
                $"A file can be at most {options.MaxFileBytes / (1024 * 1024.0):0.#} MiB."),
            UploadRefusal.TooManyPixels => (StatusCodes.Status413PayloadTooLarge, "Picture too large",
                $"A picture can have at most {options.MaxImagePixels / 1_000_000.0:0.#} megapixels."),
            UploadRefusal.NotWhatItClaims => (StatusCodes.Status415UnsupportedMediaType, "Not a picture",
                "The file is named or typed as a picture, but its content is not one."),
            UploadRefusal.NotAPicture => (StatusCodes.Status415UnsupportedMediaType, "Not a picture",
                "Only a picture can be a profile or group picture."),
            _ => (StatusCodes.Status415UnsupportedMediaType, "Unreadable picture", "The picture could not be read."),
        };
    }
}
