namespace HybridChat.Jobs.Media;

// Runs MediaPreviewJob for a media row, off the request path. Scheduling the same id twice is
// harmless: the job does nothing for media that no longer waits for a preview.
public interface IMediaPreviewScheduler
{
    void Schedule(int mediaId);
}
