using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// The formatters list text/plain and text/json too, but the API reads and writes application/json
// (errors: application/problem+json, see ProblemResponsesTransformer; the stream: text/event-stream).
public class JsonContentTransformer : IOpenApiOperationTransformer
{
    private const string Json = "application/json";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.RequestBody?.Content is { } request)
        {
            OnlyJson(request);
        }

        foreach (var response in (operation.Responses ?? []).Where(r => r.Key.StartsWith('2')).Select(r => r.Value))
        {
            if (response.Content is { } content)
            {
                OnlyJson(content);
            }
        }

        return Task.CompletedTask;
    }

    private static void OnlyJson(IDictionary<string, OpenApiMediaType> content)
    {
        if (!content.ContainsKey(Json))
        {
            return;
        }

        foreach (var other in content.Keys.Where(key => key != Json).ToList())
        {
            content.Remove(other);
        }
    }
}
