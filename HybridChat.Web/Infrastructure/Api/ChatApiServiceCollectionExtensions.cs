using System.Text.Json;
using System.Text.Json.Serialization;
using Asp.Versioning;
using HybridChat.Web.Infrastructure.Api.OpenApi;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using HybridChat.Web.Infrastructure.Api;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatApiServiceCollectionExtensions
{
    public const string CorsPolicy = "api";

    public static IServiceCollection AddChatApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddProblemDetails();
        services.Configure<JsonOptions>(options =>
        {
            UseApiConventions(options.JsonSerializerOptions);
            // Malformed JSON gets a plain message, not the parser's text naming our types.
            options.AllowInputFormatterExceptionMessages = false;
        });
        // The OpenAPI document describes JSON with these options, so they must match the controllers' above.
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(options => UseApiConventions(options.SerializerOptions));
        // Validation errors name fields as the JSON does (camelCase), not as the C# properties.
        services.Configure<MvcOptions>(options => options.ModelMetadataDetailsProviders.Add(new SystemTextJsonValidationMetadataProvider()));

        services.AddApiVersioning(options =>
            {
                options.ApiVersionReader = new UrlSegmentApiVersionReader();
                options.ReportApiVersions = true;
            })
            .AddMvc()
            .AddApiExplorer(options =>
            {
                options.GroupNameFormat = "'v'VVV";
                options.SubstituteApiVersionInUrl = true;
            });

        services.AddChatOpenApi();

        var origins = configuration.GetSection("Cors:AllowedOrigins").Get<string[]>() ?? [];
        services.AddCors(options => options.AddPolicy(CorsPolicy, policy =>
            policy.WithOrigins(origins).AllowAnyHeader().AllowAnyMethod().WithExposedHeaders("api-supported-versions", "Retry-After")));

        services.AddChatRateLimits(configuration);
        return services;
    }

    // Enums travel as camelCase strings and numbers only as JSON numbers (the web defaults would
    // also read "5" as 5, which the document would then have to admit).
    private static void UseApiConventions(JsonSerializerOptions options)
    {
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.NumberHandling = JsonNumberHandling.Strict;
    }
}
