using Site.Articles.Model;

namespace Site.Articles.FrontMatter;

/// <summary>
/// The problems found in one front matter. YamlDotNet counts lines from the first YAML line;
/// an editor needs the line of the file, so each is moved into the file's numbering here.
/// </summary>
public sealed class FrontMatterErrors(string path, int firstLine)
{
    private readonly List<ContentError> _errors = [];

    public IReadOnlyList<ContentError> All => _errors;

    public int Count => _errors.Count;

    public void Add(long yamlLine, string message) =>
        _errors.Add(new ContentError(path, firstLine + (int)Math.Max(0, yamlLine - 1), message));
}
