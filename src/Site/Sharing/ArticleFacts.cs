using System.Collections.Immutable;

namespace Site.Sharing;

/// <summary>The Open Graph <c>article:*</c> facts and Slack's labelled extras for one article.</summary>
public sealed record ArticleFacts
{
    public required DateTimeOffset Published { get; init; }
    public required DateTimeOffset Modified { get; init; }
    public string? Author { get; init; }
    public string? Section { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public required string ReadingTime { get; init; }
}
