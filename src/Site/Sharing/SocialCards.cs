using System.Collections.Frozen;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Model;
using Site.Hosting;

namespace Site.Sharing;

/// <summary>
/// The generated card images: what each one shows, its content-addressed URL, and the PNG,
/// rendered on first request and then kept in a memory cache of bounded size (a card evicted
/// from it is simply drawn again, identical byte for byte). Cards of articles a reader may not
/// see yet (drafts, scheduled) are not served.
/// </summary>
public sealed class SocialCards(ArticleRepository articles, CardRenderer renderer, IOptions<SiteOptions> options) : IDisposable
{
    /// <summary>About 650 cards: a crawler walking the whole archive cannot grow memory past it.</summary>
    private const long CacheBytes = 64L * 1024 * 1024;

    private readonly MemoryCache _rendered = new(new MemoryCacheOptions { SizeLimit = CacheBytes });
    private CardIndex _index = new(null, FrozenDictionary<string, Article?>.Empty);

    public CardText ForArticle(Article article) =>
        new(options.Value.Title, article.Title, Dates.Day(article.Published), article.Byline);

    /// <summary>The card for the home and tag pages: the site's name and description.</summary>
    public CardText ForSite() =>
        new(options.Value.Title, options.Value.Description, options.Value.BaseUri.Host, null);

    public static string PathOf(CardText text, CardFormat format) => $"/cards/{text.Hash}/{format.Name}.png";

    /// <summary>The PNG for a hash and format, or null when no visible article or the site has that card.</summary>
    public byte[]? Find(string hash, CardFormat format)
    {
        var index = CurrentIndex();
        if (!index.ByHash.TryGetValue(hash, out var article) ||
            (article is not null && (format == CardFormat.Logo || articles.FindByPath(article.Permalink) is null)))
        {
            return null;
        }

        var text = article is null ? ForSite() : ForArticle(article);
        var lazy = _rendered.GetOrCreate((hash, format), entry =>
        {
            // Each entry counts as a typical card (65-230 KB, by size and headline length); Lazy makes
            // two requests racing for the same card share one rendering.
            entry.Size = 100 * 1024;
            return new Lazy<byte[]>(() => renderer.Render(text, format));
        })!;
        return lazy.Value;
    }

    public void Dispose() => _rendered.Dispose();

    private CardIndex CurrentIndex()
    {
        var catalog = articles.Catalog;
        var index = Volatile.Read(ref _index);
        if (ReferenceEquals(index.Catalog, catalog))
        {
            return index;
        }

        var byHash = new Dictionary<string, Article?>(StringComparer.Ordinal) { [ForSite().Hash] = null };
        foreach (var article in catalog.NewestFirst.Where(a => a.LeadImage is null))
        {
            byHash.TryAdd(ForArticle(article).Hash, article);
        }

        index = new CardIndex(catalog, byHash.ToFrozenDictionary(StringComparer.Ordinal));
        Volatile.Write(ref _index, index);
        return index;
    }

    private sealed record CardIndex(ArticleCatalog? Catalog, FrozenDictionary<string, Article?> ByHash);
}
