using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Site.Articles.Model;

namespace Site.Articles.Catalog;

/// <summary>
/// The read side the pages use: the current <see cref="ArticleCatalog"/>, and what a reader may
/// see of it now (drafts and scheduled articles are decided at read time against the injected
/// clock). <c>ArticleLoader</c> publishes each new catalog here; anyone who keeps
/// something made from a catalog (a cache) listens with <see cref="GetChangeToken"/>.
/// </summary>
public sealed class ArticleRepository(IOptions<ContentOptions> options, IHostEnvironment environment, TimeProvider time) : IDisposable
{
    private readonly bool _includeDrafts = options.Value.ShowDrafts && !environment.IsProduction();
    private ArticleCatalog _catalog = ArticleCatalog.Empty;
    private CancellationTokenSource _changed = new();

    public ArticleCatalog Catalog => Volatile.Read(ref _catalog);

    /// <summary>Whether readers see drafts (Site:ShowDrafts, never in Production).</summary>
    public bool IncludesDrafts => _includeDrafts;

    /// <summary>Fires once, when the next catalog is published.</summary>
    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changed).Token);

    public void Publish(ArticleCatalog catalog)
    {
        Volatile.Write(ref _catalog, catalog);
        // Not disposed: a listener may still hold its token and register on it after the fact.
        Interlocked.Exchange(ref _changed, new CancellationTokenSource()).Cancel();
    }

    /// <summary>Articles a reader may see now, newest first.</summary>
    public IReadOnlyList<Article> Published()
    {
        var now = time.GetUtcNow();
        return [.. Catalog.NewestFirst.Where(a => a.IsVisibleAt(now, _includeDrafts))];
    }

    /// <summary>The newest articles a reader may see now, at most <paramref name="count"/>, without listing the rest (a 404 page shows a few).</summary>
    public IReadOnlyList<Article> Latest(int count)
    {
        var now = time.GetUtcNow();
        return [.. Catalog.NewestFirst.Where(a => a.IsVisibleAt(now, _includeDrafts)).Take(count)];
    }

    /// <summary>Articles a reader will see once their date comes, soonest first.</summary>
    public IReadOnlyList<Article> Scheduled()
    {
        var now = time.GetUtcNow();
        return [.. Catalog.NewestFirst.Where(a => a.IsScheduledAt(now, _includeDrafts)).Reverse()];
    }

    /// <summary>The visible article at a path, compared without regard to case or a trailing slash.</summary>
    public Article? FindByPath(string path) =>
        Visible(Catalog.ByPermalink.GetValueOrDefault(Permalinks.Normalize(path)));

    /// <summary>The visible article an old path (an alias) now points to.</summary>
    public Article? FindByAlias(string path) =>
        Visible(Catalog.ByAlias.GetValueOrDefault(Permalinks.Normalize(path)));

    /// <summary>The tag with this slug and its visible articles, newest first; null when none are visible.</summary>
    public (Tag Tag, IReadOnlyList<Article> Articles)? FindTag(string slug)
    {
        var now = time.GetUtcNow();
        List<Article> articles = Catalog.ByTag.TryGetValue(slug, out var tagged) ? [.. tagged.Where(a => a.IsVisibleAt(now, _includeDrafts))] : [];
        return articles.Count == 0 ? null : (NameOf(slug, articles[0]), articles);
    }

    /// <summary>The tag with this slug, named as its newest visible article writes it; null when none is visible.</summary>
    public Tag? FindVisibleTag(string slug)
    {
        var now = time.GetUtcNow();
        return Catalog.ByTag.TryGetValue(slug, out var tagged) && tagged.FirstOrDefault(a => a.IsVisibleAt(now, _includeDrafts)) is { } newest
            ? NameOf(slug, newest)
            : null;
    }

    /// <summary>Every tag with visible articles, and how many, in no particular order.</summary>
    public IReadOnlyList<(Tag Tag, int Count)> Tags()
    {
        var now = time.GetUtcNow();
        var tags = new List<(Tag, int)>();
        foreach (var (slug, tagged) in Catalog.ByTag)
        {
            var visible = tagged.Where(a => a.IsVisibleAt(now, _includeDrafts)).ToList();
            if (visible.Count > 0)
            {
                tags.Add((NameOf(slug, visible[0]), visible.Count));
            }
        }

        return tags;
    }

    /// <summary>The visible articles dated in a period (by their permalinks' dates), newest first.</summary>
    public IReadOnlyList<Article> PublishedIn(ArchivePeriod period)
    {
        var now = time.GetUtcNow();
        return [.. Catalog.NewestFirst.Where(a => period.Contains(a.Published) && a.IsVisibleAt(now, _includeDrafts))];
    }

    /// <summary>Up to <see cref="RelatedArticles.Shown"/> visible articles that share tags with this one, best first.</summary>
    public IReadOnlyList<Article> Related(Article article)
    {
        var now = time.GetUtcNow();
        return [.. Catalog.RelatedTo(Permalinks.Normalize(article.Permalink)).Where(a => a.IsVisibleAt(now, _includeDrafts)).Take(RelatedArticles.Shown)];
    }

    public void Dispose() => _changed.Dispose();

    private static Tag NameOf(string slug, Article article) => article.Tags.First(t => t.Slug == slug);

    private Article? Visible(Article? article) =>
        article is not null && article.IsVisibleAt(time.GetUtcNow(), _includeDrafts) ? article : null;
}
