using System.Collections.Immutable;
using Site.Articles.Model;

namespace Site.Articles.Parsing;

/// <summary>Either a parsed article or every error that kept the file from becoming one.</summary>
public sealed record ArticleParseResult
{
    public Article? Article { get; private init; }
    public ImmutableArray<ContentError> Errors { get; private init; } = [];

    public static ArticleParseResult Parsed(Article article) => new() { Article = article };

    public static ArticleParseResult Failed(params ImmutableArray<ContentError> errors) => new() { Errors = errors };
}
