using System.Globalization;
using System.Security.Claims;

namespace HybridChat.Web.Infrastructure.Auth;

public static class SignedInUser
{
    // The cookie's user id (Identity puts it in NameIdentifier); the API reads "sub" instead.
    public static int Id(this ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        return int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture);
    }
}
