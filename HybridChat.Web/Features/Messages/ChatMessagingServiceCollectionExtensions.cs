using HybridChat.Data.Conversations;
using HybridChat.Data.Messaging;
using HybridChat.Web.Features.Conversations;
using HybridChat.Web.Features.Reactions;
using HybridChat.Web.Features.Messages;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatMessagingServiceCollectionExtensions
{
    // Conversations and messages: the domain services the web and API controllers share.
    public static IServiceCollection AddChatMessaging(this IServiceCollection services)
    {
        services.AddScoped<ConversationStarter>();
        services.AddScoped<ConversationList>();
        services.AddSingleton<MessageWriter>();
        services.AddScoped<MessageSender>();
        services.AddScoped<MessageEditor>();
        services.AddScoped<MessageSending>();
        services.AddScoped<MessageEditing>();
        services.AddScoped<MessageDeletion>();
        services.AddScoped<MessagePins>();
        services.AddScoped<MessagePinning>();
        services.AddScoped<MessageHistory>();
        services.AddScoped<ReadMarkers>();
        services.AddScoped<MessageEvents>();
        services.AddScoped<TypingEvents>();
        services.AddSingleton<TypingThrottle>();
        services.AddScoped<ReadEvents>();
        services.AddScoped<ReactionEditor>();
        services.AddScoped<Reacting>();
        return services;
    }
}
