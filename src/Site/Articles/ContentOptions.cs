namespace Site.Articles;

/// <summary>
/// What the article loader reads from the <c>Site</c> section: where the articles are and how it
/// follows them. Validated at start-up by <see cref="ContentOptionsValidator"/>.
/// </summary>
public sealed class ContentOptions
{
    public const string Section = "Site";

    /// <summary>The folder of Markdown articles; relative paths are resolved against the app's folder. Resolved afresh on every scan.</summary>
    public string ContentPath { get; set; } = "content";

    /// <summary>The language of articles that do not name their own (a BCP 47 tag).</summary>
    public string Language { get; set; } = "en";

    /// <summary>Serve drafts too, for editors previewing locally. Ignored in Production.</summary>
    public bool ShowDrafts { get; set; }

    /// <summary>
    /// Seconds between full rescans of the folder (names, sizes and times only), which find what
    /// change notifications missed: a tree renamed into place, a flipped symlink, a network volume.
    /// </summary>
    public int RescanSeconds { get; set; } = 30;

    /// <summary>Files larger than this are skipped with a warning; no article is anywhere near it.</summary>
    public int MaxArticleBytes { get; set; } = 512 * 1024;

    /// <summary>
    /// The folder where parsed articles are kept between runs (<see cref="Loading.ArticleCache"/>), so a
    /// restart reads only the files that changed. Unset: the user's cache folder
    /// (<c>$XDG_CACHE_HOME/site</c> or <c>~/.cache/site</c>). Empty: no cache, every file is parsed at start.
    /// </summary>
    public string? CachePath { get; set; }
}
