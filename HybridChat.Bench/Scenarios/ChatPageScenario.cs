using System.Diagnostics;
using System.IO.Compression;
using System.Net;
using System.Text.RegularExpressions;
using HybridChat.Bench.Infrastructure;
using HybridChat.Bench.Report;

namespace HybridChat.Bench.Scenarios;

// A browser's first load of a chat with 50 messages: signed in through the login form, the page
// and the CSS/JS it references fetched with Accept-Encoding: gzip. Reports the bytes on the wire,
// what gzip would make of them, and the server's time to first byte over repeated loads.
internal sealed partial class ChatPageScenario : IScenario
{
    public string Name => "page";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var user = context.People.Template;
        var token = context.Tokens.For(user);
        var conversationId = await context.Api.CreateGroupAsync(token, "chat page", [context.People.PoolOwner.Id], cancellationToken);
        for (var i = 0; i < options.PageMessages; i++)
        {
            if (!await context.Api.SendAsync(token, conversationId, $"Message {i} of the chat page: a line of ordinary chat text.", cancellationToken))
            {
                throw new InvalidOperationException("Could not send the chat page's messages.");
            }
        }

        var cookies = new CookieContainer();
        using var browser = BenchHttp.Create(context.App.BaseAddress, cookies: cookies);
        await SignInAsync(browser, user.UserName, cancellationToken);
        var page = $"/conversations/{conversationId}";
        var html = await FetchAsync(browser, page, cancellationToken);
        var assets = AssetReference().Matches(html.Text).Select(m => WebUtility.HtmlDecode(m.Groups["url"].Value)).Distinct().ToList();
        var fetched = new List<Fetched>();
        foreach (var asset in assets)
        {
            fetched.Add(await FetchAsync(browser, asset, cancellationToken));
        }

        var ttfb = new LatencyHistogram();
        for (var i = 0; i < options.PageRequests; i++)
        {
            ttfb.Record((await FetchAsync(browser, page, cancellationToken)).TimeToFirstByte);
        }

        var wire = html.WireBytes + fetched.Sum(f => f.WireBytes);
        var gzip = html.GzipBytes + fetched.Sum(f => f.GzipBytes);
        var encodings = string.Join(", ", new[] { html }.Concat(fetched).Select(f => f.Encoding).Distinct());
        context.Report.Add(new ResultRow(
            $"chat page with {options.PageMessages} messages, first load",
            $"{Kib(wire)} KiB on the wire (Content-Encoding: {encodings}; HTML {Kib(html.WireBytes)} KiB + {assets.Count} CSS/JS files), " +
            $"{Kib(gzip)} KiB if gzipped; TTFB p50 {BenchReport.Format(ttfb.PercentileMs(50))} ms, p99 {BenchReport.Format(ttfb.PercentileMs(99))} ms over {options.PageRequests} loads",
            "-",
            null,
            "report gzip bytes and TTFB p50/p99",
            null,
            new Dictionary<string, double>
            {
                ["messages"] = options.PageMessages, ["wireBytes"] = wire, ["gzipBytes"] = gzip, ["htmlWireBytes"] = html.WireBytes,
                ["htmlGzipBytes"] = html.GzipBytes, ["assets"] = assets.Count, ["ttfbP50Ms"] = ttfb.PercentileMs(50), ["ttfbP99Ms"] = ttfb.PercentileMs(99),
            }));
    }

    private static async Task SignInAsync(HttpClient browser, string userName, CancellationToken cancellationToken)
    {
        const string login = "/Identity/Account/Login";
        var form = await browser.GetStringAsync(login, cancellationToken);
        var antiforgery = AntiforgeryField().Match(form);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The login form has no antiforgery token.");
        }

        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserNameOrEmail"] = userName,
            ["Input.Password"] = App.BenchPopulation.Password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups["token"].Value),
        });
        using var response = await browser.PostAsync(login, content, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Signing in through the login form answered {(int)response.StatusCode}, not a redirect.");
        }
    }

    private static async Task<Fetched> FetchAsync(HttpClient browser, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var started = Stopwatch.GetTimestamp();
        using var response = await browser.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        var firstByte = Stopwatch.GetElapsedTime(started);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} answered {(int)response.StatusCode}.");
        }

        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var encoding = response.Content.Headers.ContentEncoding.FirstOrDefault() ?? "none";
        var plain = encoding == "gzip" ? await GunzipAsync(body, cancellationToken) : body;
        return new Fetched(firstByte, body.Length, encoding == "gzip" ? body.Length : await GzipLengthAsync(plain, cancellationToken),
            encoding, System.Text.Encoding.UTF8.GetString(plain));
    }

    private static async Task<long> GzipLengthAsync(byte[] plain, CancellationToken cancellationToken)
    {
        using var compressed = new MemoryStream();
        await using (var gzip = new GZipStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            await gzip.WriteAsync(plain, cancellationToken);
        }

        return compressed.Length;
    }

    private static async Task<byte[]> GunzipAsync(byte[] body, CancellationToken cancellationToken)
    {
        await using var gzip = new GZipStream(new MemoryStream(body), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain, cancellationToken);
        return plain.ToArray();
    }

    private static string Kib(long bytes) => BenchReport.Format(bytes / 1024.0);

    [GeneratedRegex("""<(?:link|script)\b[^>]*?(?:href|src)="(?<url>/[^"]+\.(?:css|js)(?:\?[^"]*)?)"[^>]*>""", RegexOptions.IgnoreCase)]
    private static partial Regex AssetReference();

    [GeneratedRegex(@"name=""__RequestVerificationToken""[^>]*value=""(?<token>[^""]+)""|value=""(?<token>[^""]+)""[^>]*name=""__RequestVerificationToken""")]
    private static partial Regex AntiforgeryField();

    private sealed record Fetched(TimeSpan TimeToFirstByte, long WireBytes, long GzipBytes, string Encoding, string Text);
}
