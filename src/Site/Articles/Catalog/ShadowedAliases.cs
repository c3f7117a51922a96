using Site.Articles.Model;

namespace Site.Articles.Catalog;

/// <summary>
/// Aliases at a topic page or an archive that an article makes: the page answers there, so the
/// alias does not redirect while that article is published. Each is a warning naming the page.
/// </summary>
public static class ShadowedAliases
{
    public static IEnumerable<ContentError> Find(IReadOnlyDictionary<string, Article> byAlias, IReadOnlyCollection<Article> articles)
    {
        ArgumentNullException.ThrowIfNull(byAlias);
        ArgumentNullException.ThrowIfNull(articles);
        // Worked out only when an alias needs it. A draft makes no page; a scheduled article will.
        HashSet<string>? tags = null, periods = null;
        foreach (var (alias, article) in byAlias)
        {
            if (SitePaths.TopicAt(alias) is { } slug)
            {
                tags ??= [.. articles.Where(a => !a.IsDraft).SelectMany(a => a.Tags).Select(t => t.Slug)];
                if (tags.Contains(slug))
                {
                    yield return Shadowed(article, alias, $"the topic page of '{slug}'");
                }
            }
            else if (SitePaths.ArchiveAt(alias) is { } period)
            {
                periods ??= [.. articles.Where(a => !a.IsDraft).SelectMany(Periods)];
                if (periods.Contains(period))
                {
                    yield return Shadowed(article, alias, $"the archive of {period}");
                }
            }
        }
    }

    private static ContentError Shadowed(Article article, string alias, string page) =>
        ContentError.Warning(article.SourcePath,
            $"alias {alias} is {page}, which the site serves while an article makes it, so the alias does not redirect: remove it or pick another path");

    private static IEnumerable<string> Periods(Article article)
    {
        var day = Permalinks.For(article.Published, "x").Trim('/');
        yield return day[..4];
        yield return day[..7];
        yield return day[..10];
    }
}
