namespace Site.BrowserTests.Infrastructure;

/// <summary>A fact that needs Chromium: reported as skipped, with the reason, when it is absent (failed in CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Tools.MissingChromium();
}
