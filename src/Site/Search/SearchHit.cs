using System.Collections.Immutable;
using Site.Articles.Model;

namespace Site.Search;

/// <summary>One result: the article, and a passage of its text with the matching words marked.</summary>
public sealed record SearchHit(Article Article, ImmutableArray<SnippetPart> Snippet);
