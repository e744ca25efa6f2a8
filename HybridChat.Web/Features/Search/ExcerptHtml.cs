using System.Text;
using System.Text.Encodings.Web;
using HybridChat.Data.Search;

namespace HybridChat.Web.Features.Search;

// A found message's excerpt as HTML: its text (someone's input) encoded, with only the matched words
// wrapped in <mark>, which this inserts itself at the index's markers.
public static class ExcerptHtml
{
    public static string From(string excerpt)
    {
        ArgumentNullException.ThrowIfNull(excerpt);
        var html = new StringBuilder();
        var open = false;
        var start = 0;
        for (var at = 0; at <= excerpt.Length; at++)
        {
            var marker = at < excerpt.Length && excerpt[at] is SearchExcerpt.Start or SearchExcerpt.End ? excerpt[at] : (char?)null;
            if (marker is null && at < excerpt.Length)
            {
                continue;
            }

            html.Append(HtmlEncoder.Default.Encode(excerpt[start..at]));
            start = at + 1;
            if ((marker == SearchExcerpt.Start && !open) || (marker == SearchExcerpt.End && open))
            {
                html.Append(open ? "</mark>" : "<mark>");
                open = !open;
            }
        }

        return (open ? html.Append("</mark>") : html).ToString();
    }
}
