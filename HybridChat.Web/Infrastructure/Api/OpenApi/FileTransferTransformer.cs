using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// Documents uploads read straight from the request stream and downloads of raw bytes, which the
// generator only sees as actions without a body or with an untyped result.
public class FileTransferTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        ArgumentNullException.ThrowIfNull(context);
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<MultipartFileUploadAttribute>().FirstOrDefault() is { } upload)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { upload.FieldName },
                            Properties = new Dictionary<string, IOpenApiSchema> { [upload.FieldName] = Binary() },
                        },
                    },
                },
            };
        }

        if (metadata.OfType<FileDownloadAttribute>().Any())
        {
            var responses = operation.Responses ??= [];
            responses["200"] = Bytes("The file, in the content type it was stored with.");
            responses["206"] = Bytes("The requested byte range (Range header); Content-Range says which.");
        }

        return Task.CompletedTask;
    }

    private static OpenApiSchema Binary() => new() { Type = JsonSchemaType.String, Format = "binary" };

    private static OpenApiResponse Bytes(string description) => new()
    {
        Description = description + " Content-Disposition is inline for pictures, video, audio and PDF, attachment otherwise.",
        Headers = new Dictionary<string, IOpenApiHeader>
        {
            ["Cache-Control"] = Header("private: cached by the viewer's browser only."),
            ["X-Content-Type-Options"] = Header("nosniff: the stored content type is final."),
            ["Accept-Ranges"] = Header("bytes: ranges may be requested."),
        },
        Content = new Dictionary<string, OpenApiMediaType> { ["*/*"] = new() { Schema = Binary() } },
    };

    private static OpenApiHeader Header(string description) => new() { Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
}
