namespace HybridChat.Jobs.Media;

// Where file contents live. Keys are random and never contain the uploader's file name.
public interface IMediaStore
{
    Task<string> SaveAsync(Stream content, CancellationToken cancellationToken = default);

    // Seekable, so downloads can answer range requests.
    Stream OpenRead(string key);

    void Delete(string key);
}
