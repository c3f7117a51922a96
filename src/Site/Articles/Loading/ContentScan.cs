using System.Collections.Immutable;
using Site.Articles.Model;

namespace Site.Articles.Loading;

/// <summary>
/// What one walk of the content folder found: the folder it really is (symlinks resolved), the
/// Markdown files to read, and what was skipped and why. <see cref="Failure"/> is set when the
/// folder itself could not be read; then nothing else is known.
/// </summary>
public sealed record ContentScan
{
    public required string Root { get; init; }

    public ImmutableArray<ContentFile> Files { get; init; } = [];

    /// <summary>Entries left out (dot-files, unreadable folders, links outside, oversized files), one warning each.</summary>
    public ImmutableArray<ContentError> Skipped { get; init; } = [];

    /// <summary>Folders (relative, ending in '/') that could not be read: what was loaded from them is kept, not dropped.</summary>
    public ImmutableArray<string> Unreadable { get; init; } = [];

    public string? Failure { get; init; }
}
