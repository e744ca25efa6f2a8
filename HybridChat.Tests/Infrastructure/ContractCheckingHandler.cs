using System.Text.Json.Nodes;

namespace HybridChat.Tests.Infrastructure;

// Sits in every test HttpClient: each /api/v1 answer of a documented operation must have a status,
// headers, media type and body the OpenAPI document lists for it, or the call throws.
public sealed class ContractCheckingHandler(Func<Task<ApiContract>> contract) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var response = await base.SendAsync(request, cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        if (path.StartsWith("/api/v1/", StringComparison.Ordinal)
            && (await contract()).OperationFor(request.Method, path) is { } operation)
        {
            request.Options.Set(ApiContract.RequestOption, await contract());
            var problem = await CheckAsync(await contract(), operation, response, cancellationToken);
            if (problem is not null)
            {
                response.Dispose();
                throw new ContractViolationException($"{request.Method} {path} answered {(int)response.StatusCode}: {problem}");
            }
        }

        return response;
    }

    private static async Task<string?> CheckAsync(ApiContract contract, JsonObject operation, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation["responses"]?[status] is not JsonObject documented)
        {
            return $"status {status} is not documented (documented: {string.Join(", ", operation["responses"]!.AsObject().Select(r => r.Key))})";
        }

        foreach (var header in documented["headers"]?.AsObject().Select(h => h.Key) ?? [])
        {
            if (!response.Headers.Contains(header))
            {
                return $"the documented header {header} is missing";
            }
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var content = documented["content"] as JsonObject;
        if (mediaType is null)
        {
            return content is { Count: > 0 } ? $"no body, but the document promises {string.Join(", ", content.Select(c => c.Key))}" : null;
        }

        // Files are documented as */* (any stored content type); their bytes are not JSON.
        var documentedType = new[] { mediaType, $"{mediaType.Split('/')[0]}/*", "*/*" }.FirstOrDefault(type => content?[type] is not null);
        if (documentedType is null)
        {
            return $"{mediaType} is not a documented media type";
        }

        if (documentedType != mediaType || mediaType == "text/event-stream")
        {
            return null;
        }

        await response.Content.LoadIntoBufferAsync(cancellationToken);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return contract.Check(SchemaPointer(operation, status, mediaType), body);
    }

    private static string SchemaPointer(JsonObject operation, string status, string mediaType)
    {
        var (path, method) = (operation.Parent!.GetPropertyName(), operation.GetPropertyName());
        return ApiContract.PointerTo("paths", path, method, "responses", status, "content", mediaType, "schema");
    }
}

public sealed class ContractViolationException(string message) : Exception(message);
