using Microsoft.Playwright;

namespace Site.BrowserTests.Infrastructure;

/// <summary>How the reader's browser is set up: the viewport (a phone's by default), the colour scheme, reduced motion, JavaScript.</summary>
public sealed record PageOptions(
    int Width = 390,
    int Height = 844,
    ColorScheme Scheme = ColorScheme.Light,
    ReducedMotion Motion = ReducedMotion.NoPreference,
    bool JavaScript = true);
