using HybridChat.Web.Infrastructure.Api.OpenApi;
namespace Microsoft.Extensions.DependencyInjection;

public static class ChatOpenApiServiceCollectionExtensions
{
    // The v1 document at /openapi/v1.json; each transformer fixes one thing the generator cannot know.
    public static IServiceCollection AddChatOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.ShouldInclude = description => description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true;
            options.AddDocumentTransformer<DocumentInfoTransformer>();
            options.AddDocumentTransformer<BearerSecuritySchemeTransformer>();
            options.AddOperationTransformer<BearerSecuritySchemeTransformer>();
            options.AddSchemaTransformer<RequiredAndNullableSchemaTransformer>();
            options.AddOperationTransformer<JsonContentTransformer>();
            options.AddOperationTransformer<ProblemResponsesTransformer>();
            options.AddOperationTransformer<ExamplesTransformer>();
            options.AddOperationTransformer<FileTransferTransformer>();
            options.AddDocumentTransformer<EventStreamTransformer>();
        });
}
