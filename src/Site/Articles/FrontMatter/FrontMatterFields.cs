using System.Collections.Immutable;
using Site.Articles.Model;

namespace Site.Articles.FrontMatter;

/// <summary>The validated YAML header of an article file.</summary>
public sealed record FrontMatterFields
{
    public required string Title { get; init; }
    public required DateTimeOffset Date { get; init; }
    public required string Summary { get; init; }
    public string? Slug { get; init; }
    public DateTimeOffset? Updated { get; init; }
    public string? Author { get; init; }
    public ArticleSource? Source { get; init; }
    public ImmutableArray<string> Tags { get; init; } = [];
    public string? Image { get; init; }
    public string? ImageAlt { get; init; }

    /// <summary>The checked file behind <see cref="Image"/>, when there is one.</summary>
    public LeadImage? LeadImage { get; init; }
    public bool Draft { get; init; }
    public ImmutableArray<string> Aliases { get; init; } = [];
    public string? Lang { get; init; }

    /// <summary>The keys an article may use; any other key is reported, so a typo cannot pass silently.</summary>
    public static readonly ImmutableArray<string> Keys =
    [
        "title", "date", "summary", "slug", "updated", "author", "source", "tags",
        "image", "image_alt", "draft", "aliases", "lang",
    ];
}
