namespace Site.Articles.Model;

/// <summary>
/// One problem found in a content file, located by path (relative to the content folder) and
/// line. An error keeps the file off the site; a warning says a file or folder was left out.
/// </summary>
public sealed record ContentError(string Path, int Line, string Message)
{
    public bool IsWarning { get; init; }

    public static ContentError Warning(string path, string message) => new(path, 1, message) { IsWarning = true };

    public override string ToString() => $"{Path}:{Line}: {Message}";
}
