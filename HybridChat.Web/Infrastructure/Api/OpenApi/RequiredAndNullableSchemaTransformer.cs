using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace HybridChat.Web.Infrastructure.Api.OpenApi;

// One rule for presence: a field left out when it has no value (only ProblemDetails' members) is
// optional and never null; every other field of a response is always sent, null when it has no
// value. Request bodies (our records with init properties) require every field that cannot be null.
public class RequiredAndNullableSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(context);
        if (schema.Enum is { } values && values.Any(value => value is null) && (Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type).IsEnum)
        {
            // An enum first met as a nullable property becomes a component listing null among its
            // names; the property already says "or null" (oneOf), so the enum lists only names.
            schema.Enum = [.. values.Where(value => value is not null)];
        }

        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        var ours = context.JsonTypeInfo.Type.Namespace?.StartsWith("HybridChat.", StringComparison.Ordinal) == true;
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            if (!schema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }

            if (IsOmittedWhenNull(property))
            {
                schema.Required?.Remove(property.Name);
                schema.Properties[property.Name] = WithoutNull(propertySchema);
            }
            else if (property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true)
            {
                Require(schema, property.Name);
                schema.Properties[property.Name] = WithoutNull(propertySchema);
            }
            else if (property.AssociatedParameter is not null || (ours && !MayBeNull(property)))
            {
                Require(schema, property.Name);
            }
        }

        return Task.CompletedTask;
    }

    private static bool IsOmittedWhenNull(JsonPropertyInfo property) =>
        property.AttributeProvider?.GetCustomAttributes(typeof(JsonIgnoreAttribute), inherit: true)
            .OfType<JsonIgnoreAttribute>().Any(ignore => ignore.Condition == JsonIgnoreCondition.WhenWritingNull) == true
        || property.Options.DefaultIgnoreCondition == JsonIgnoreCondition.WhenWritingNull;

    private static void Require(OpenApiSchema schema, string name)
    {
        schema.Required ??= new HashSet<string>();
        schema.Required.Add(name);
    }

    private static bool MayBeNull(JsonPropertyInfo property) => property.PropertyType.IsValueType
        ? Nullable.GetUnderlyingType(property.PropertyType) is not null
        : property.IsSetNullable;

    private static bool AllowsNull(IOpenApiSchema schema) =>
        schema.Type?.HasFlag(JsonSchemaType.Null) == true || schema.OneOf?.Any(AllowsNull) == true;

    // A nullable reference comes as oneOf [null, $ref]; a nullable value as a type list with "null".
    private static IOpenApiSchema WithoutNull(IOpenApiSchema schema)
    {
        if (schema.OneOf is { Count: 2 } oneOf && oneOf.Count(AllowsNull) == 1)
        {
            return oneOf.Single(option => !AllowsNull(option));
        }

        if (schema is OpenApiSchema inline && inline.Type is { } type)
        {
            inline.Type = type & ~JsonSchemaType.Null;
        }

        return schema;
    }
}
