using System.Collections.Immutable;

namespace Site.Articles.Model;

/// <summary>An article parsed and rendered once from its Markdown file; never changed afterwards.</summary>
public sealed record Article
{
    public required string Title { get; init; }
    public required string Slug { get; init; }
    public required DateTimeOffset Published { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public required string Summary { get; init; }
    public string? Author { get; init; }
    public ArticleSource? Source { get; init; }
    public ImmutableArray<Tag> Tags { get; init; } = [];

    /// <summary>The article's own picture (front matter <c>image</c> and <c>image_alt</c>), checked at load.</summary>
    public LeadImage? LeadImage { get; init; }
    public bool IsDraft { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public required string Language { get; init; }

    /// <summary>
    /// The body as HTML, rendered by the one shared Markdown pipeline. Held compressed
    /// (<see cref="CompressedHtml"/>): ten thousand bodies stay in memory at once.
    /// </summary>
    public required CompressedHtml Body { get; init; }

    /// <summary>The body as HTML text, decompressed at each call.</summary>
    public string BodyHtml => Body.ToString();

    public required int WordCount { get; init; }
    public required string Excerpt { get; init; }

    /// <summary>The file the article came from, relative to the content folder.</summary>
    public required string SourcePath { get; init; }

    /// <summary>The permanent path: <c>/yyyy/MM/dd/slug</c>, dated in the article's own offset.</summary>
    public string Permalink => Permalinks.For(Published, Slug);

    /// <summary>Minutes at an average adult reading speed of 230 words a minute, at least one.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Ceiling(WordCount / 230.0));

    /// <summary>The article's section: its first tag, shown as the kicker and given to previews.</summary>
    public Tag? Section => Tags.IsDefaultOrEmpty ? null : Tags[0];

    /// <summary>The byline: the author when given, else the source, else nothing.</summary>
    public string? Byline => Author ?? Source?.Name;

    /// <summary>When the article last changed: its update time, else its publication.</summary>
    public DateTimeOffset Modified => Updated ?? Published;

    public bool IsVisibleAt(DateTimeOffset now, bool includeDrafts) =>
        (includeDrafts || !IsDraft) && Published <= now;

    /// <summary>Whether the article would be visible but for its date, which is still to come.</summary>
    public bool IsScheduledAt(DateTimeOffset now, bool includeDrafts) =>
        (includeDrafts || !IsDraft) && Published > now;
}
