using HybridChat.Web.Features.Avatars;
namespace Microsoft.Extensions.DependencyInjection;

public static class ChatAvatarsServiceCollectionExtensions
{
    public static IServiceCollection AddChatAvatars(this IServiceCollection services)
    {
        services.AddScoped<AvatarPictures>();
        services.AddScoped<ProfilePictures>();
        services.AddScoped<GroupPictures>();
        services.AddScoped<AvatarAccess>();
        return services;
    }
}
