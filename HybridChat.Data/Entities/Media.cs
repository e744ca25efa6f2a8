namespace HybridChat.Data.Entities;

public class Media
{
    public const int FileNameMaxLength = 255;

    public int Id { get; set; }
    public int UploaderId { get; set; }
    public User Uploader { get; set; } = null!;

    // Null until the upload is sent in a message; a media file belongs to at most one message.
    public long? MessageId { get; set; }
    public Message? Message { get; set; }

    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public MediaKind Kind { get; set; }
    public string StoragePath { get; set; } = "";
    public int? Width { get; set; }
    public int? Height { get; set; }
    public ThumbnailState ThumbnailState { get; set; }
    public string? ThumbnailPath { get; set; }
    public DateTime CreatedAt { get; set; } = DateTime.UtcNow;
}
