using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Ru;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace Site.Search;

/// <summary>
/// Turns text into search terms for one language: Unicode words, lower case, accents folded
/// (so "cafe" finds "café"), then, where Lucene has them, the language's stop words and stemmer
/// (so "talks" finds "talk"). Articles and queries go through the same analyzer.
/// </summary>
public sealed class SearchAnalyzer(string language) : Analyzer
{
    /// <summary>The language this analyzer stems for: "en", "ru", or "" for folding only.</summary>
    public string Language { get; } = language;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, reader);
        TokenStream stream = Language == "en" ? new EnglishPossessiveFilter(LuceneVersion.LUCENE_48, tokenizer) : tokenizer;
        stream = new LowerCaseFilter(LuceneVersion.LUCENE_48, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = Language switch
        {
            "en" => new PorterStemFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, EnglishAnalyzer.DefaultStopSet)),
            "ru" => new SnowballFilter(new StopFilter(LuceneVersion.LUCENE_48, stream, RussianAnalyzer.DefaultStopSet), new Lucene.Net.Tartarus.Snowball.Ext.RussianStemmer()),
            _ => stream,
        };
        return new TokenStreamComponents(tokenizer, stream);
    }
}
