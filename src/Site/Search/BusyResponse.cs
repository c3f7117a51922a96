using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Site.Hosting;

namespace Site.Search;

/// <summary>
/// What a search turned away gets (no place free, or the second's budget spent): 503, Retry-After
/// and a small page made once at start-up. A refusal must cost far less than the search it refuses, or a flood of refusals
/// takes the cores the limit protects, so it is written as it is, never rendered through the
/// error page.
/// </summary>
public sealed class BusyResponse(IOptions<SiteOptions> site)
{
    public const string RetryAfterSeconds = "1";

    private readonly byte[] _page = Encoding.UTF8.GetBytes(Page(site.Value.Title, site.Value.Language));

    public async ValueTask WriteAsync(HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } statusCodePages)
        {
            statusCodePages.Enabled = false;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        response.Headers.RetryAfter = RetryAfterSeconds;
        response.Headers.CacheControl = "no-store";
        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = _page.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await response.Body.WriteAsync(_page, cancellationToken);
        }
    }

    private static string Page(string title, string language)
    {
        var (name, lang) = (HtmlEncoder.Default.Encode(title), HtmlEncoder.Default.Encode(language));
        return $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <meta name="robots" content="noindex">
            <title>Busy just now – {name}</title>
            </head>
            <body>
            <main>
            <h1>Busy just now</h1>
            <p>Search has more to do than it can take this second. Try again in a moment, or <a href="/">read the latest news</a>.</p>
            </main>
            </body>
            </html>

            """;
    }
}
