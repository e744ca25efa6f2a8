using Hangfire;
using HybridChat.Jobs.Email;
using HybridChat.Jobs.Hosting;
using HybridChat.Jobs.Presence;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Realtime;
using Microsoft.AspNetCore.Hosting.Server;
using HybridChat.Web.Infrastructure.Jobs;

namespace Microsoft.Extensions.DependencyInjection;

public static class ChatJobsServiceCollectionExtensions
{
    public const string DashboardPath = "/admin/jobs";

    public static IServiceCollection AddChatJobs(this IServiceCollection services, IConfiguration configuration, string dataDirectory)
    {
        services.AddChatJobServer(configuration, dataDirectory);
        services.AddSingleton<EmailSite>();
        services.AddSingleton<IEmailRenderer, RazorEmailRenderer>();
        services.AddSingleton<IPresenceAnnouncer, PresenceRepairAnnouncer>();
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        if (options.IsJobsOnly(Environment.GetCommandLineArgs()))
        {
            // No port is opened; should a host still bring its own server, nothing is served.
            services.AddSingleton<IServer, NoHttpServer>();
            services.AddTransient<IStartupFilter, NoHttpPipeline>();
        }

        return services;
    }

    // Admins only (everyone else gets 404 from AdminAccess). The dashboard checks the antiforgery
    // token of its own POSTs (retry, delete, trigger) through ASP.NET Core's IAntiforgery.
    public static IEndpointConventionBuilder MapChatJobs(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            Authorization = [],
            AppPath = "/",
            DashboardTitle = "HybridChat jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(AdminAccess.Policy);
}
