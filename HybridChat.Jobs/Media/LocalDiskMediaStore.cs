using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace HybridChat.Jobs.Media;

// Files under the media folder, spread over 256 sub-folders by the first two characters of their name.
public sealed class LocalDiskMediaStore(IOptions<MediaOptions> options) : IMediaStore
{
    private readonly string root = options.Value.Directory ?? throw new InvalidOperationException("Media:Directory is not set.");

    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var name = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var key = $"{name[..2]}/{name}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return key;
    }

    public Stream OpenRead(string key) =>
        new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);

    public void Delete(string key) => File.Delete(PathOf(key));

    private string PathOf(string key)
    {
        if (key.Length != 35 || key[2] != '/' || !key.Remove(2, 1).All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a media key.", nameof(key));
        }

        return Path.Combine(root, key);
    }
}
