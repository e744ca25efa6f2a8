namespace HybridChat.Web.Infrastructure.Hosting;

public class PublicUrlOptions
{
    public const string Section = "App";

    // Where people reach the site (https://chat.example.com); every link that leaves a request, such
    // as one in an email, starts here. Required in production.
    public Uri? PublicUrl { get; set; }
}
