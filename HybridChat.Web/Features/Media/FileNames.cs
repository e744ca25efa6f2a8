
namespace HybridChat.Web.Features.Media;

public static class FileNames
{
    // The name people see: no folders, no control characters, not too long.
    public static string Clean(string? fileName)
    {
        var name = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0)
        {
            return "file";
        }

        return name.Length <= Data.Entities.Media.FileNameMaxLength ? name : name[..Data.Entities.Media.FileNameMaxLength];
    }
}
