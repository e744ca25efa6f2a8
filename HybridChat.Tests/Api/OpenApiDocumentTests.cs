using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HybridChat.Tests.Infrastructure;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace HybridChat.Tests.Api;

public partial class OpenApiDocumentTests(ChatApp app) : IClassFixture<ChatApp>
{
    [Fact]
    public async Task The_v1_document_describes_every_api_v1_route_the_app_maps()
    {
        using var api = app.NewApiSession();
        using var response = await api.Client.GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

        var documented = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(operation => $"{operation.Key.ToUpperInvariant()} {path.Key}"))
            .Order().ToList();

        Assert.Equal(MappedApiRoutes(), documented);
        Assert.Contains("POST /api/v1/auth/token", documented);
        Assert.Contains("GET /api/v1/me", documented);
    }

    [Fact]
    public async Task Operations_that_need_a_token_say_so_and_sign_in_does_not()
    {
        using var api = app.NewApiSession();
        var document = JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!;

        Assert.Equal("bearer", document["components"]?["securitySchemes"]?["Bearer"]?["scheme"]?.GetValue<string>());
        Assert.NotNull(document["paths"]?["/api/v1/me"]?["get"]?["security"]);
        Assert.Empty(document["paths"]!["/api/v1/auth/token"]!["post"]!["security"]!.AsArray());
    }

    [Fact]
    public async Task Every_operation_has_a_readable_operation_id_and_a_typed_success_response()
    {
        var operations = await OperationsAsync();

        Assert.All(operations, operation => Assert.Matches("^[a-z][A-Za-z]+$", operation["operationId"]?.GetValue<string>()));
        Assert.Equal(operations.Count, operations.Select(operation => operation["operationId"]!.GetValue<string>()).Distinct().Count());
        Assert.All(operations, operation =>
        {
            var success = operation["responses"]!.AsObject().Where(response => response.Key.StartsWith('2')).ToList();
            Assert.NotEmpty(success);
            Assert.All(success.Where(response => response.Key is not ("202" or "204")),
                response => Assert.NotNull(response.Value!["content"]!.AsObject().Single().Value!["schema"]));
        });
    }

    [Fact]
    public async Task Every_error_is_documented_as_problem_json_and_400_with_field_errors()
    {
        var operations = await OperationsAsync();

        var errors = operations.SelectMany(operation => operation["responses"]!.AsObject().Where(response => response.Key.StartsWith('4'))).ToList();
        Assert.All(errors, error => Assert.Equal("application/problem+json", error.Value!["content"]!.AsObject().Single().Key));
        Assert.All(errors.Where(error => error.Key == "400"), error =>
            Assert.EndsWith("/ValidationProblemDetails", error.Value!["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>(), StringComparison.Ordinal));
        Assert.All(operations.Where(operation => operation["security"]!.AsArray().Count > 0),
            operation => Assert.NotNull(operation["responses"]!["401"]!["headers"]!["WWW-Authenticate"]));
    }

    [Fact]
    public async Task Enums_are_strings_and_numbers_are_only_numbers()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!.AsObject();

        Assert.Equal(["everyone", "friends", "nobody"], schemas["LastSeenVisibility"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["member", "admin", "owner"], schemas["MemberRole"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        var document = (await DocumentAsync()).ToJsonString();
        Assert.DoesNotContain("\"integer\",\"string\"", document, StringComparison.Ordinal);
        Assert.Equal("integer", schemas["MessageDto"]!["properties"]!["id"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_event_stream_documents_how_to_resume_and_every_event_type_with_its_data()
    {
        var document = await DocumentAsync();
        var stream = document["paths"]!["/api/v1/events"]!["get"]!;

        Assert.Equal(["Last-Event-ID header", "lastEventId query", "since query"],
            stream["parameters"]!.AsArray().Select(p => $"{p!["name"]} {p["in"]}"));
        var documented = document["components"]!["schemas"]!["StreamEvent"]!["discriminator"]!["mapping"]!.AsObject().Select(m => m.Key);
        var sent = typeof(LiveEventTypes).GetFields().Select(field => (string)field.GetRawConstantValue()!);
        Assert.Equal(sent.Order(), documented.Order());
    }

    private async Task<JsonObject> DocumentAsync()
    {
        using var api = app.NewApiSession();
        return JsonNode.Parse(await api.Client.GetStringAsync("/openapi/v1.json"))!.AsObject();
    }

    private async Task<List<JsonObject>> OperationsAsync() =>
        [.. (await DocumentAsync())["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation => operation.Value!.AsObject()))];

    private List<string> MappedApiRoutes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText?.StartsWith("api/v{version:apiVersion}/", StringComparison.Ordinal) == true)
            .SelectMany(endpoint => (endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(method => $"{method} /{Normalize(endpoint.RoutePattern.RawText!)}"))
            .Distinct().Order().ToList();

    private static string Normalize(string pattern) =>
        ParameterConstraint().Replace(pattern.Replace("v{version:apiVersion}", "v1", StringComparison.Ordinal), "{$1}");

    [GeneratedRegex(@"\{(\w+)(:[^}]*)?\}")]
    private static partial Regex ParameterConstraint();
}
