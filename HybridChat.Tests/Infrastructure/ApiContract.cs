using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Pointer;
using Json.Schema;

namespace HybridChat.Tests.Infrastructure;

// The app's own /openapi/v1.json as a checker: what each operation may answer, and with which body.
// Checking is stricter than the document: an object whose fields are all required may have no others,
// so a field the document does not name fails the test that received it.
public sealed class ApiContract
{
    private static readonly Uri DocumentUri = new("https://hybridchat.test/openapi/v1.json");

    private readonly JsonObject document;
    private readonly EvaluationOptions options = new() { OutputFormat = OutputFormat.List };
    private readonly List<(Regex Path, int Parameters, string Template)> paths;

    // Tests run in parallel; JsonNode and the schema registry are not made for concurrent readers.
    private readonly Lock gate = new();

    public ApiContract(JsonObject document)
    {
        ArgumentNullException.ThrowIfNull(document);
        this.document = document;
        Materialize(document);
        foreach (var schema in document["components"]!["schemas"]!.AsObject().Select(s => s.Value).OfType<JsonObject>())
        {
            ForbidUnnamedFields(schema);
        }

        options.SchemaRegistry.Register(new JsonNodeBaseDocument(document, DocumentUri));
        paths = [.. document["paths"]!.AsObject().Select(path => (
            new Regex("^" + Regex.Replace(Regex.Escape(path.Key), @"\\\{\w+}", "[^/]+") + "$"),
            path.Key.Count(c => c == '{'),
            path.Key))];
    }

    // Set on each checked request, so a stream reader can check the events that arrive on it.
    public static readonly HttpRequestOptionsKey<ApiContract> RequestOption = new("HybridChat.ApiContract");

    public JsonObject Document => document;

    // An SSE event of /api/v1/events against the document's StreamEvent schema.
    public string? CheckEvent(string type, string? id, string data)
    {
        var item = new JsonObject { ["event"] = type, ["data"] = JsonNode.Parse(data) };
        if (!string.IsNullOrEmpty(id))
        {
            item["id"] = id;
        }

        return Check(PointerTo("components", "schemas", "StreamEvent"), item) is { } problem ? $"event {type}: {problem}" : null;
    }

    public JsonObject? OperationFor(HttpMethod method, string path)
    {
        using var scope = gate.EnterScope();
        var template = paths.Where(p => p.Path.IsMatch(path)).OrderBy(p => p.Parameters).Select(p => p.Template)
            .FirstOrDefault(t => document["paths"]![t]![method.Method.ToLowerInvariant()] is not null);
        return template is null ? null : document["paths"]![template]![method.Method.ToLowerInvariant()]!.AsObject();
    }

    // Null when the body fits the schema at that JSON pointer of the document; else what is wrong.
    public string? Check(string schemaLocation, JsonNode? body)
    {
        var schema = JsonSchema.FromText($$"""{"$ref": "{{DocumentUri}}#{{schemaLocation}}"}""");
        using var scope = gate.EnterScope();
        var result = schema.Evaluate(body, options);
        return result.IsValid ? null : string.Join("; ", (result.Details ?? [result])
            .Where(detail => detail.Errors is { Count: > 0 })
            .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} {error.Key}: {error.Value}")));
    }

    public static string PointerTo(params string[] segments) => JsonPointer.Create(segments.Select(s => (PointerSegment)s).ToArray()).ToString();

    // A parsed JsonNode builds its children on first read, which concurrent readers would race.
    private static void Materialize(JsonNode? node)
    {
        foreach (var child in node switch { JsonObject o => o.Select(p => p.Value), JsonArray a => a, _ => [] })
        {
            Materialize(child);
        }
    }

    private static void ForbidUnnamedFields(JsonObject schema)
    {
        if (schema["properties"] is JsonObject properties && schema["required"] is JsonArray required
            && schema["additionalProperties"] is null && properties.Count == required.Count)
        {
            schema["additionalProperties"] = false;
        }
    }
}
