using HybridChat.Web.Infrastructure.Api;
using HybridChat.Web.Infrastructure.Auth;
using HybridChat.Web.Infrastructure.Hosting;
using HybridChat.Web.Infrastructure.Operations;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args, ContentRootPath = WebRoot.ContentRoot(), WebRootPath = WebRoot.Locate(),
});
var dataDirectory = DataDirectory.Resolve(builder.Configuration, builder.Environment);

builder.Services.AddChatSettingsCheck(builder.Configuration, builder.Environment);
builder.Services.AddChatPublicUrl(builder.Configuration, builder.Environment);
builder.Services.AddChatReverseProxy(builder.Configuration);
builder.Services.AddChatData(builder.Configuration, dataDirectory);
builder.Services.AddChatAccounts();
builder.Services.AddChatAdminAccess();
builder.Services.AddChatAdmin(builder.Configuration);
builder.Services.AddChatApiAuth(builder.Configuration, builder.Environment, dataDirectory);
builder.Services.AddChatApi(builder.Configuration);
builder.Services.AddChatEmail(builder.Configuration, dataDirectory);
builder.Services.AddChatJobs(builder.Configuration, dataDirectory);
builder.Services.AddChatRealtime(builder.Configuration);
builder.Services.AddChatMessaging();
builder.Services.AddChatNotifications(builder.Configuration, dataDirectory);
builder.Services.AddChatMedia(builder.Configuration, dataDirectory);
builder.Services.AddChatAvatars();
builder.Services.AddChatPeople();
builder.Services.AddChatGroups();
builder.Services.AddChatCalls(builder.Configuration);
builder.Services.AddChatWeb();
builder.Services.AddChatSecurityHeaders();
builder.Services.AddChatStaticAssets();
builder.Services.AddChatOperations(builder.Configuration, dataDirectory);

var app = builder.Build();
app.CheckSettings();

app.UseForwardedHeaders();
app.UseChatSecurityHeaders();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

app.UseStatusCodePagesWithReExecute("/error/{0}");
app.UseChatStaticAssets();
app.UseRouting();
app.UseCors(ChatApiServiceCollectionExtensions.CorsPolicy);
app.UseAuthentication();
app.UseChatRequestLogging();
app.UseAuthorization();
app.UseRateLimiter();
app.UseAntiforgery();

// The database first: the job dashboard opens Hangfire's storage, which on a server database lives in it.
await app.Services.MigrateChatDatabaseAsync();
await app.Services.EnsureAdminRoleAsync();
await app.Services.GrantConfiguredAdminsAsync();

app.MapChatJobs();
app.MapControllers();
app.MapRazorPages();
app.MapChatApiDocuments();
app.MapChatOperations();

await app.RunAsync();

public partial class Program;
