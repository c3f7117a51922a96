using System.Collections.Frozen;
using System.Collections.Immutable;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Primitives;
using Site.Articles.Catalog;
using Site.Articles.Model;

namespace Site.Search;

/// <summary>
/// A Lucene index of every article in the catalog, in memory. <see cref="Update"/> (called by
/// <see cref="SearchIndexer"/>, off the request path) re-indexes only the articles that changed
/// and then swaps in a new snapshot; searches meanwhile use the previous one. Drafts and
/// scheduled articles are indexed but filtered out at query time against the clock, so one
/// becomes findable at its time without a rebuild.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    public const int PageSize = 20;

    private readonly System.Threading.Lock _updateLock = new();
    private readonly SearchAnalyzers _analyzers;
    private readonly TimeProvider _time;
    private readonly bool _includeDrafts;
    private readonly RAMDirectory _directory = new();

    /// <summary>Made by the first <see cref="Update"/>, off the start-up path: opening a writer loads Lucene's codecs.</summary>
    private IndexWriter? _writer;

    /// <summary>One filter per language, kept so that each segment's matches are worked out once.</summary>
    private readonly FrozenDictionary<string, Filter> _languageFilters;
    private Dictionary<string, Article> _indexed = new(StringComparer.Ordinal);
    private bool _interrupted;
    private SearchSnapshot? _current;
    private CancellationTokenSource _changed = new();

    public SearchIndex(SearchAnalyzers analyzers, ArticleRepository articles, TimeProvider time)
    {
        _analyzers = analyzers;
        _time = time;
        _includeDrafts = articles.IncludesDrafts;
        _languageFilters = analyzers.All.ToFrozenDictionary(
            a => a.Language,
            Filter (a) => new CachingWrapperFilter(new QueryWrapperFilter(new TermQuery(new Term(SearchFields.Language, a.Language)))),
            StringComparer.Ordinal);
    }

    /// <summary>The catalog the current snapshot was made from; null until the first is made.</summary>
    public ArticleCatalog? Catalog => Volatile.Read(ref _current)?.Catalog;

    /// <summary>Fires once, when the next snapshot is swapped in.</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    /// <summary>Indexes what changed since the last catalog (by reference: catalog articles are immutable) and swaps in a snapshot of it.</summary>
    /// <returns>How many articles were (re-)indexed and how many removed.</returns>
    /// <param name="catalog">The catalog to index.</param>
    /// <param name="cancellationToken">Stops the update between documents (the site is stopping); the next update replaces what it did.</param>
    public (int Indexed, int Removed) Update(ArticleCatalog catalog, CancellationToken cancellationToken = default)
    {
        lock (_updateLock)
        {
            // Merges run on the updating thread, never on the threads that serve requests.
            var writer = _writer ??= new IndexWriter(_directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, _analyzers.For(""))
            {
                OpenMode = OpenMode.CREATE,
                MergeScheduler = new SerialMergeScheduler(),
            });
            var next = catalog.NewestFirst.ToDictionary(a => a.SourcePath, StringComparer.Ordinal);
            var changed = next.Values.Where(a => !ReferenceEquals(_indexed.GetValueOrDefault(a.SourcePath), a)).ToList();
            var removed = _indexed.Keys.Where(path => !next.ContainsKey(path)).ToList();
            foreach (var path in removed)
            {
                writer.DeleteDocuments(new Term(SearchFields.Path, path));
            }

            // IndexWriter takes documents from several threads at once; the catalog's first load is the big one.
            // One core is always left to the readers: the first index of a large catalog is built while the site serves.
            // After an update that failed half-way, any article may be in the index already: replace, never add.
            var mayBeIndexed = _interrupted;
            _interrupted = true;
            Parallel.ForEach(changed, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1), CancellationToken = cancellationToken }, article =>
            {
                var analyzer = _analyzers.For(article.Language);
                var document = Document(article, analyzer.Language);
                if (mayBeIndexed || _indexed.ContainsKey(article.SourcePath))
                {
                    writer.UpdateDocument(new Term(SearchFields.Path, article.SourcePath), document, analyzer);
                }
                else
                {
                    writer.AddDocument(document, analyzer);
                }
            });
            _indexed = next;
            _interrupted = false;

            var previous = Volatile.Read(ref _current);
            var reader = previous is null ? DirectoryReader.Open(writer, applyAllDeletes: true) : DirectoryReader.OpenIfChanged(previous.Reader, writer, applyAllDeletes: true);
            if (reader is null)
            {
                // Nothing in the index changed (say, only errors did): the same reader, held once more.
                reader = previous!.Reader;
                reader.IncRef();
            }

            var languages = next.Values.Select(a => _analyzers.For(a.Language).Language).ToFrozenSet(StringComparer.Ordinal);
            Volatile.Write(ref _current, new SearchSnapshot(reader, catalog, languages));
            previous?.Reader.DecRef();
            Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
            return (changed.Count, removed.Count);
        }
    }

    /// <summary>
    /// The given page of articles visible now that match every word and phrase, best first;
    /// null until the first snapshot is made. Past the last page, the hits are empty.
    /// </summary>
    public SearchResults? Search(SearchQuery query, int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var snapshot = Acquire();
        if (snapshot is null)
        {
            return null;
        }

        try
        {
            if (Query(query, snapshot.Languages) is not { } lucene)
            {
                return new SearchResults(0, []);
            }

            // Read from doc values per candidate: a range over indexed terms would be enumerated afresh
            // for every search, since "now" moves.
            var visible = FieldCacheRangeFilter.NewInt64Range(SearchFields.Published, null, _time.GetUtcNow().UtcTicks, true, true);
            // Never more than the index holds, however large the page number asked for.
            var wanted = (int)Math.Min((long)page * PageSize, Math.Max(1, snapshot.Reader.MaxDoc));
            var top = snapshot.Searcher.Search(lucene, visible, wanted);
            var terms = Terms(lucene);
            var skip = (long)(page - 1) * PageSize;
            var hits = top.ScoreDocs.Skip(skip < top.ScoreDocs.Length ? (int)skip : top.ScoreDocs.Length)
                .Select(scored => Hit(snapshot, scored.Doc, terms))
                .OfType<SearchHit>()
                .ToList();
            return new SearchResults(top.TotalHits, hits);
        }
        finally
        {
            snapshot.Reader.DecRef();
        }
    }

    public void Dispose()
    {
        lock (_updateLock)
        {
            Volatile.Read(ref _current)?.Reader.DecRef();
            _writer?.Dispose();
            _directory.Dispose();
            _changed.Dispose();
        }
    }

    /// <summary>The current snapshot with its reader held for the caller, who must DecRef it.</summary>
    private SearchSnapshot? Acquire()
    {
        while (true)
        {
            var snapshot = Volatile.Read(ref _current);
            if (snapshot is null || snapshot.Reader.TryIncRef())
            {
                return snapshot;
            }

            // Swapped out and closed between the read and the increment: take the newer one.
        }
    }

    private static Document Document(Article article, string language)
    {
        var document = new Document
        {
            new StringField(SearchFields.Path, article.SourcePath, Field.Store.NO),
            new BinaryDocValuesField(SearchFields.Permalink, new BytesRef(Permalinks.Normalize(article.Permalink))),
            new StringField(SearchFields.Language, language, Field.Store.NO),
            new NumericDocValuesField(SearchFields.Published, article.Published.UtcTicks),
            new TextField(SearchFields.Title, article.Title, Field.Store.NO),
            new Field(SearchFields.Summary, article.Summary, SearchFields.TextWithOffsets),
            new Field(SearchFields.Body, ArticleText.FromHtml(article.BodyHtml), SearchFields.TextWithOffsets),
        };
        if (article.IsDraft)
        {
            document.Add(new StringField(SearchFields.Draft, "true", Field.Store.NO));
        }

        return document;
    }

    /// <summary>
    /// Every clause must match in the title, summary or body (weighted in that order), each
    /// language's articles searched with that language's analyzer. Built from the clauses, never
    /// parsed, so nothing a reader types is query syntax. Null when every word is a stop word.
    /// </summary>
    private BooleanQuery? Query(SearchQuery query, IReadOnlySet<string> languages)
    {
        var anyLanguage = new BooleanQuery();
        foreach (var analyzer in _analyzers.All.Where(a => languages.Contains(a.Language)))
        {
            var builder = new QueryBuilder(analyzer);
            var allClauses = new BooleanQuery();
            foreach (var clause in query.Clauses)
            {
                var anyField = new BooleanQuery();
                foreach (var (field, boost) in SearchFields.Weighted)
                {
                    var fieldQuery = clause.IsPhrase ? builder.CreatePhraseQuery(field, clause.Text) : builder.CreateBooleanQuery(field, clause.Text, Occur.MUST);
                    if (fieldQuery is not null)
                    {
                        fieldQuery.Boost = boost;
                        anyField.Add(fieldQuery, Occur.SHOULD);
                    }
                }

                // A clause of stop words only ("the") narrows nothing.
                if (anyField.Clauses.Count > 0)
                {
                    allClauses.Add(anyField, Occur.MUST);
                }
            }

            if (allClauses.Clauses.Count > 0)
            {
                // A filter, not a clause: the language must not add to the score.
                anyLanguage.Add(new FilteredQuery(allClauses, _languageFilters[analyzer.Language]), Occur.SHOULD);
            }
        }

        if (anyLanguage.Clauses.Count == 0)
        {
            return null;
        }

        if (!_includeDrafts)
        {
            anyLanguage.Add(new TermQuery(new Term(SearchFields.Draft, "true")), Occur.MUST_NOT);
        }

        return anyLanguage;
    }

    private static Dictionary<string, List<BytesRef>> Terms(Query query)
    {
        var terms = new HashSet<Term>();
        query.ExtractTerms(terms);
        return terms.GroupBy(t => t.Field).ToDictionary(g => g.Key, g => g.Select(t => t.Bytes).ToList());
    }

    private static SearchHit? Hit(SearchSnapshot snapshot, int doc, Dictionary<string, List<BytesRef>> terms)
    {
        var leaves = snapshot.Reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var local = doc - leaf.DocBase;
        var permalink = new BytesRef();
        leaf.AtomicReader.GetBinaryDocValues(SearchFields.Permalink).Get(local, permalink);
        if (snapshot.Catalog.ByPermalink.GetValueOrDefault(permalink.Utf8ToString()) is not { } article)
        {
            return null;
        }

        // The body's best passage; else the summary's; else (a headline match) the summary as it is.
        var snippet =
            Snippets.Cut(leaf.AtomicReader, local, SearchFields.Body, terms.GetValueOrDefault(SearchFields.Body) ?? [], ArticleText.FromHtml(article.BodyHtml)) ??
            Snippets.Cut(leaf.AtomicReader, local, SearchFields.Summary, terms.GetValueOrDefault(SearchFields.Summary) ?? [], article.Summary) ??
            Snippets.Plain(article.Summary);
        return new SearchHit(article, snippet);
    }
}
