using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Site.Search;

/// <summary>The index's field names and how each is kept.</summary>
public static class SearchFields
{
    /// <summary>The article's file: the key an update replaces.</summary>
    public const string Path = "path";

    /// <summary>The normalised permalink, kept per document to find the article in the catalog.</summary>
    public const string Permalink = "permalink";

    public const string Language = "language";
    public const string Draft = "draft";
    public const string Published = "published";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Where words are looked for, and how much a match there counts: the headline and standfirst say what a story is about.</summary>
    public static readonly IReadOnlyList<(string Field, float Boost)> Weighted = [(Title, 3f), (Summary, 2f), (Body, 1f)];

    /// <summary>
    /// Analyzed text that also records each word's character offsets in the postings, so a
    /// snippet is cut and marked from them without analysing the text again per request.
    /// </summary>
    public static readonly FieldType TextWithOffsets = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
    });

    private static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
