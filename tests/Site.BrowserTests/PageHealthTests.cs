using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

[Collection(BrowserGroup.Name)]
public sealed class PageHealthTests(BrowserSiteFixture site)
{
    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_LoadsWithoutConsoleErrorsOrFailedRequests(string path)
    {
        var page = await site.NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            // The 404 page's own status is the one error the browser is right to log.
            var expected404 = path == SitePages.Missing && message.Text.Contains("status of 404", StringComparison.Ordinal);
            if (message.Type == "error" && !expected404)
            {
                problems.Add("console: " + message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add("page error: " + error);
        page.RequestFailed += (_, request) => problems.Add($"failed: {request.Url} {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != new Uri(site.BaseAddress, path).AbsoluteUri)
            {
                problems.Add($"HTTP {response.Status}: {response.Url}");
            }
        };
        try
        {
            await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });

            await Evidence.OnFailureAsync(page, "health-" + path, () =>
            {
                Assert.Empty(problems);
                return Task.CompletedTask;
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserTheory]
    [MemberData(nameof(SitePages.All), MemberType = typeof(SitePages))]
    public async Task Page_At320Pixels_DoesNotScrollSideways(string path)
    {
        var page = await site.NewPageAsync(320, 640);
        try
        {
            await page.GotoAsync(path);

            await Evidence.OnFailureAsync(page, "overflow-" + path, async () =>
            {
                var widths = await page.EvaluateAsync<int[]>(
                    "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
                var (scroll, client) = (widths[0], widths[1]);
                Assert.True(scroll <= client, $"The page is {scroll}px wide in a {client}px viewport.");
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [BrowserFact]
    public async Task ArticleBody_IsSetForLongReading()
    {
        var page = await site.NewPageAsync(1280, 800);
        try
        {
            await page.GotoAsync(BrowserSiteFixture.ArticlePath);

            await Evidence.OnFailureAsync(page, "typography", async () =>
            {
                // Characters per line: the paragraph's width over the average advance of its own text.
                var metrics = await page.EvaluateAsync<double[]>(
                    """
                    () => {
                      const p = document.querySelector('article .article-body > p');
                      const style = getComputedStyle(p);
                      const context = document.createElement('canvas').getContext('2d');
                      context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
                      const average = context.measureText(p.textContent).width / p.textContent.length;
                      const size = parseFloat(style.fontSize);
                      return [size, parseFloat(style.lineHeight) / size, p.clientWidth / average];
                    }
                    """);
                var (fontSize, lineHeight, measure) = (metrics[0], metrics[1], metrics[2]);
                Assert.InRange(fontSize, 17, 20);
                Assert.InRange(lineHeight, 1.5, 1.7);
                Assert.InRange(measure, 60, 72);
            });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
