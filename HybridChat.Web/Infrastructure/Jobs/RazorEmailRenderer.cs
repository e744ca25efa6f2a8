using HybridChat.Data.Email;
using HybridChat.Jobs.Email;
using HybridChat.Web.Infrastructure.Realtime;

namespace HybridChat.Web.Infrastructure.Jobs;

// Each email model has two views in Features/Emails, named for its type: {Type}.Text.cshtml and
// {Type}.Html.cshtml.
public sealed class RazorEmailRenderer(IPartialRenderer partials) : IEmailRenderer
{
    public async Task<ComposedEmail> RenderAsync(IEmailModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var name = model.GetType().Name;
        var text = await partials.RenderAsync($"/Features/Emails/{name}.Text.cshtml", model);
        var html = await partials.RenderAsync($"/Features/Emails/{name}.Html.cshtml", model);
        return new ComposedEmail(model.Subject, text.Trim() + "\n", html);
    }
}
