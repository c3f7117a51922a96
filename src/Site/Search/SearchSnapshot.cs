using Lucene.Net.Index;
using Lucene.Net.Search;
using Site.Articles.Catalog;

namespace Site.Search;

/// <summary>
/// An index reader and the catalog it was made from, so that every hit is found in the catalog.
/// The reader is reference-counted: a search holds it while it runs, and the index lets go of it
/// when a newer snapshot replaces this one; the last to finish closes it.
/// </summary>
public sealed class SearchSnapshot(DirectoryReader reader, ArticleCatalog catalog, IReadOnlySet<string> languages)
{
    public DirectoryReader Reader { get; } = reader;

    public IndexSearcher Searcher { get; } = new(reader);

    public ArticleCatalog Catalog { get; } = catalog;

    /// <summary>The analyzers' languages that some article in the index uses.</summary>
    public IReadOnlySet<string> Languages { get; } = languages;
}
