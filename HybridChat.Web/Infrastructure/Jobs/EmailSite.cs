using HybridChat.Web.Infrastructure.Hosting;

namespace HybridChat.Web.Infrastructure.Jobs;

// What every email template needs: the site's name (App:Name) and absolute links at its public URL.
public sealed class EmailSite(IConfiguration configuration, PublicUrl publicUrl)
{
    public string Name { get; } = configuration["App:Name"] is { Length: > 0 } name ? name : "HybridChat";

    public string Link(string path) => publicUrl.For(path).AbsoluteUri;
}
