namespace Site.BrowserTests.Pages;

/// <summary>The header section that has keyboard focus: where it leads, whether it is in view, and its aria-current.</summary>
public sealed class SectionFocus
{
    public string Href { get; set; } = "";

    public bool InView { get; set; }

    public string Current { get; set; } = "";
}
