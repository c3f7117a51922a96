using Microsoft.Playwright;

namespace Site.BrowserTests.Infrastructure;

/// <summary>Screenshots as evidence: on demand for review, and always when a browser check fails.</summary>
public static class Evidence
{
    private static string Failures => Tools.Artifact(Path.Combine("screenshots", "failures"));

    /// <summary>Forgets the last run's failures, so the folder shows only this run's.</summary>
    public static void ClearFailures()
    {
        foreach (var file in Directory.EnumerateFiles(Failures, "*.png"))
        {
            File.Delete(file);
        }
    }

    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var file = Path.Combine(Tools.Screenshots, name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = fullPage, Animations = ScreenshotAnimations.Disabled });
        return file;
    }

    /// <summary>Saves what the page looked like when a check failed, under failures/.</summary>
    public static async Task FailureAsync(IPage page, string name)
    {
        try
        {
            await page.ScreenshotAsync(new() { Path = Path.Combine(Failures, Safe(name) + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A crashed or hung page cannot be photographed; the failure the test reports is the one that matters.
        }
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
