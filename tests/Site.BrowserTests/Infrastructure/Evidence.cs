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

    /// <summary>Runs the checks; when one throws, saves what the page looked like under failures/ and rethrows.</summary>
    public static async Task OnFailureAsync(IPage page, string name, Func<Task> checks)
    {
        try
        {
            await checks();
        }
        catch (Exception)
        {
            var file = Path.Combine(Failures, Safe(name) + ".png");
            await page.ScreenshotAsync(new() { Path = file, FullPage = true });
            throw;
        }
    }

    private static string Safe(string name) =>
        string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-'));
}
