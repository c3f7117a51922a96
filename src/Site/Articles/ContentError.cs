namespace Site.Articles;

/// <summary>One problem found in a content file, located by path (relative to the content folder) and line.</summary>
public sealed record ContentError(string Path, int Line, string Message)
{
    public override string ToString() => $"{Path}:{Line}: {Message}";
}
