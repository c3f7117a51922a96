namespace Site.BrowserTests.Infrastructure;

/// <summary>A fact that needs Java and the Nu HTML checker: skipped, with the reason, when either is absent (failed in CI).</summary>
public sealed class NuCheckerFactAttribute : FactAttribute
{
    public NuCheckerFactAttribute() => Skip = Tools.MissingNuChecker();
}
