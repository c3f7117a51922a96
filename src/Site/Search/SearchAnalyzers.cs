namespace Site.Search;

/// <summary>
/// One analyzer per language the site can stem (English, Russian) and one that only folds case
/// and accents for every other language. Analyzers are thread-safe and keep per-thread state, so
/// they are made once.
/// </summary>
public sealed class SearchAnalyzers : IDisposable
{
    private readonly SearchAnalyzer[] _all = [new("en"), new("ru"), new("")];

    public IReadOnlyList<SearchAnalyzer> All => _all;

    /// <summary>The analyzer for an article's language tag ("en-GB" is English), by its primary subtag.</summary>
    public SearchAnalyzer For(string language)
    {
        var primary = language.Split('-')[0];
        return _all.FirstOrDefault(a => string.Equals(a.Language, primary, StringComparison.OrdinalIgnoreCase)) ?? _all[^1];
    }

    public void Dispose()
    {
        foreach (var analyzer in _all)
        {
            analyzer.Dispose();
        }
    }
}
