namespace Site.Search;

/// <summary>A run of a snippet's plain text; <see cref="Marked"/> when it matched the query. The page encodes it.</summary>
public sealed record SnippetPart(string Text, bool Marked);
