using Microsoft.Playwright;

namespace Site.BrowserTests.Pages;

/// <summary>An article: its byline and dates, its body, and the address printed at its foot.</summary>
public sealed class ArticlePage(IPage page)
{
    public ILocator Byline => page.Locator("article .byline");

    public ILocator DatelineTimes => page.Locator("article .dateline time");

    public ILocator Paragraphs => page.Locator("article .article-body > p");

    public ILocator PrintOnlyAddress => page.Locator("article .print-only");

    /// <summary>The first paragraph's font size in pixels, its line height over that, and characters per line.</summary>
    public async Task<(double FontSize, double LineHeight, double Measure)> BodyTypeAsync()
    {
        // Characters per line: the paragraph's width over the average advance of its own text.
        var metrics = await Paragraphs.First.EvaluateAsync<double[]>(
            """
            p => {
              const style = getComputedStyle(p);
              const context = document.createElement('canvas').getContext('2d');
              context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
              const average = context.measureText(p.textContent).width / p.textContent.length;
              const size = parseFloat(style.fontSize);
              return [size, parseFloat(style.lineHeight) / size, p.clientWidth / average];
            }
            """);
        return (metrics[0], metrics[1], metrics[2]);
    }

    /// <summary>What the stylesheet writes after the body's first outside link (in print, its address).</summary>
    public Task<string> AfterFirstOutsideLinkAsync() =>
        page.Locator(".article-body a[href^=\"http\"]").First.EvaluateAsync<string>("a => getComputedStyle(a, '::after').content");
}
