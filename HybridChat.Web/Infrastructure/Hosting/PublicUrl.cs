using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace HybridChat.Web.Infrastructure.Hosting;

// Absolute links for email. Never built from the request's Host header: whoever sends the request
// chooses it. Outside production an unset App:PublicUrl falls back to the first address the server
// listens on, else to the documented development address.
public class PublicUrl(IOptions<PublicUrlOptions> options, IServer server)
{
    public const string DevelopmentDefault = "http://localhost:5000/";

    private static readonly string[] AnyHost = ["+", "*", "0.0.0.0", "[::]"];

    public Uri For(string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = options.Value.PublicUrl ?? ListeningAddress() ?? new Uri(DevelopmentDefault);
        var directory = root.AbsoluteUri.EndsWith('/') ? root : new Uri(root.AbsoluteUri + "/");
        return new Uri(directory, pathAndQuery.TrimStart('/'));
    }

    private Uri? ListeningAddress()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
        if (address is null)
        {
            return null;
        }

        var binding = BindingAddress.Parse(address);
        var host = AnyHost.Contains(binding.Host) ? "localhost" : binding.Host;
        return new UriBuilder(binding.Scheme, host, binding.Port, binding.PathBase).Uri;
    }
}
