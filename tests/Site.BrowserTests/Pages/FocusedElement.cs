
namespace Site.BrowserTests.Pages;

/// <summary>What has keyboard focus, and whether a sighted reader can see that it has.</summary>
public sealed class FocusedElement
{
    public string Tag { get; set; } = "";

    public string Href { get; set; } = "";

    public string ClassName { get; set; } = "";

    public bool Visible { get; set; }
}
