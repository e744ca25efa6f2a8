namespace HybridChat.Web.Infrastructure.Operations;

public class MetricsOptions
{
    public const string Section = "Metrics";

    // Where Prometheus scrapes. Without a port it is served on the site's own addresses to admins only;
    // with one (the port must also be among the addresses Kestrel listens on) it answers there alone,
    // to anyone who can reach that port.
    public string Path { get; set; } = "/metrics";
    public int? Port { get; set; }
}
