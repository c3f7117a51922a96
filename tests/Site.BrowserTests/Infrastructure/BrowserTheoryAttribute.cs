namespace Site.BrowserTests.Infrastructure;

/// <summary>A theory that needs Chromium: reported as skipped, with the reason, when it is absent (failed in CI).</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Tools.MissingChromium();
}
