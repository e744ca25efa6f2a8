namespace HybridChat.Web.Infrastructure.Jobs;

// Replaces the app's whole request pipeline on a jobs-only node: no page, API or dashboard.
public sealed class NoHttpPipeline : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) =>
        app => app.Run(context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
}
