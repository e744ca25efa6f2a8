namespace HybridChat.Web.Infrastructure.Hosting;

[AttributeUsage(AttributeTargets.Method)]
public sealed class ExplainsUnreadableFormAttribute : Attribute;
