namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// The action reads a multipart body itself (streaming), so the generator cannot see its file part.
[AttributeUsage(AttributeTargets.Method)]
public sealed class MultipartFileUploadAttribute(string fieldName) : Attribute
{
    public string FieldName { get; } = fieldName;
}

// The action answers with a file's bytes in its own content type, whole or a requested range.
[AttributeUsage(AttributeTargets.Method)]
public sealed class FileDownloadAttribute : Attribute;
