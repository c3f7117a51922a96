using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class AccessibilityTests(BrowserSiteFixture site)
{
    private static readonly AxeRunOptions WcagAndBestPractice = new()
    {
        RunOnly = new RunOnlyOptions
        {
            Type = "tag",
            Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"],
        },
    };

    public static TheoryData<string, int, int, ColorScheme> Cases()
    {
        var cases = new TheoryData<string, int, int, ColorScheme>();
        foreach (var path in SitePages.Paths)
        {
            foreach (var (width, height) in new[] { (390, 844), (1280, 800) })
            {
                foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
                {
                    cases.Add(path, width, height, scheme);
                }
            }
        }

        return cases;
    }

    [BrowserTheory]
    [MemberData(nameof(Cases))]
    public async Task Page_HasNoAxeViolations(string path, int width, int height, ColorScheme scheme)
    {
        await site.WithPageAsync($"axe-{path}-{width}-{scheme}", new(width, height, scheme), async page =>
        {
            var response = await page.GotoAsync(path);
            Assert.Equal(SitePages.StatusOf(path), response?.Status);

            var result = await page.RunAxe(WcagAndBestPractice);
            var violations = result.Violations.Select(v =>
                $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target.ToString()))}");
            Assert.Empty(violations);
        });
    }
}
