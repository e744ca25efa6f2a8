using HybridChat.Data;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Messages;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Features.Media;

// The files of a composer form: ids the script uploaded already, plus files sent with the form
// itself (no JavaScript), taken in one by one; the first refused file stops the send.
public class ComposerUploads(MediaIntake intake, IOptions<MediaOptions> options)
{
    public const string Field = "Files";

    public async Task<(List<int> Ids, string? Error)> AcceptAsync(int userId, ComposerForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var ids = new List<int>(form.AttachmentIds);
        foreach (var file in form.Files.Where(f => f.Length > 0))
        {
            await using var content = file.OpenReadStream();
            var result = await intake.AcceptAsync(userId, file.FileName, file.ContentType, content, cancellationToken);
            if (result.Media is null)
            {
                return (ids, $"{FileNames.Clean(file.FileName)}: {UploadProblems.Describe(result.Refusal, options.Value).Detail}");
            }

            ids.Add(result.Media.Id);
        }

        return (ids, null);
    }

    public static ValidationErrors Error(string message)
    {
        var errors = new ValidationErrors();
        errors.Add(Field, message);
        return errors;
    }
}
