namespace Site.Hosting;

/// <summary>The <c>Site</c> configuration section, validated at start-up by <see cref="SiteOptionsValidator"/>.</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";

    /// <summary>The site's name, shown in the header, titles and previews.</summary>
    public string Title { get; set; } = "";

    /// <summary>One sentence about the site, for the home page's description.</summary>
    public string Description { get; set; } = "";

    /// <summary>The public address every absolute URL is built from; never the request's Host.</summary>
    public string BaseUrl { get; set; } = "";

    /// <summary>The folder of Markdown articles; relative paths are resolved against the app's folder.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>The language of articles that do not name their own (a BCP 47 tag).</summary>
    public string Language { get; set; } = "en";

    /// <summary>How many articles the home page and each of its pages list.</summary>
    public int PageSize { get; set; } = 20;

    /// <summary>Serve drafts too, for editors previewing locally. Ignored in Production.</summary>
    public bool ShowDrafts { get; set; }

    public Uri BaseUri => new(BaseUrl.TrimEnd('/') + "/");
}
