using HybridChat.Jobs.Media;

namespace HybridChat.Web.Features.Media;

public static class UploadProblems
{
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
