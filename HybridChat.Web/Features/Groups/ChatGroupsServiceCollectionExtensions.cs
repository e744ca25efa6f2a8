using HybridChat.Data.Conversations;
using HybridChat.Web.Features.Groups;

// In the framework's namespace, so Program.cs needs no using for its one line.
namespace Microsoft.Extensions.DependencyInjection;

public static class ChatGroupsServiceCollectionExtensions
{
    public static IServiceCollection AddChatGroups(this IServiceCollection services)
    {
        services.AddScoped<GroupSettings>();
        services.AddScoped<GroupMemberships>();
        services.AddScoped<JoinCodes>();
        services.AddScoped<PublicRooms>();
        services.AddScoped<GroupEvents>();
        services.AddScoped<GroupChanges>();
        return services;
    }
}
