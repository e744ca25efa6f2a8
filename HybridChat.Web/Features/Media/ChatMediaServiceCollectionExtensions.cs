using HybridChat.Data.Messaging;
using HybridChat.Jobs.Media;
using HybridChat.Web.Features.Messages;
using HybridChat.Web.Features.Media;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatMediaServiceCollectionExtensions
{
    public static IServiceCollection AddChatMedia(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddOptions<MediaOptions>()
            .Configure(options =>
            {
                configuration.GetSection(MediaOptions.Section).Bind(options);
                options.Directory = Path.GetFullPath(string.IsNullOrWhiteSpace(options.Directory) ? Path.Combine(dataDirectory, "media") : options.Directory);
            })
            .Validate(options => options.MaxFileBytes > 0 && options.MaxImagePixels > 0 && options.PreviewSize > 0 && options.UnsentUploadHours > 0,
                "Media:MaxFileBytes, Media:MaxImagePixels, Media:PreviewSize and Media:UnsentUploadHours must be positive.")
            .ValidateOnStart();
        services.AddSingleton<IMediaStore, LocalDiskMediaStore>();
        services.AddSingleton<VideoFrames>();
        services.AddScoped<MediaIntake>();
        services.AddScoped<MediaAccess>();
        services.AddScoped<ComposerUploads>();
        services.AddScoped<MediaPreviewJob>();
        services.AddScoped<MediaDisposal>();
        services.AddScoped<DeleteMessageFilesJob>();
        services.AddScoped<MediaCleanupJob>();
        services.AddSingleton<DeletedMessageFiles>();
        services.AddScoped<IMessageChangePublisher>(provider => provider.GetRequiredService<MessageEvents>());

        services.AddSingleton<IMediaPreviewScheduler, HangfireMediaPreviewScheduler>();
        return services;
    }
}
