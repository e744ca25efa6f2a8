namespace HybridChat.Web.Features.Avatars;

// One picture as it arrives: from a streamed multipart part (API) or a posted form's file (page).
public record PictureUpload(string? FileName, string? ContentType, Stream Content);
