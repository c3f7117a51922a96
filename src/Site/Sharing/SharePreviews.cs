using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using Site.Articles.Model;
using Site.Hosting;
using static Site.Sharing.StructuredData;

namespace Site.Sharing;

/// <summary>Builds each page's <see cref="SharePreview"/>; every URL is absolute and comes from Site:BaseUrl.</summary>
public sealed class SharePreviews(SiteUrls urls, IOptions<SiteOptions> options, SocialCards cards)
{
    private SiteOptions Site => options.Value;

    public SharePreview ForArticle(Article article)
    {
        var canonical = urls.Absolute(article.Permalink);
        var card = cards.ForArticle(article);
        var image = article.LeadImage is { } lead
            ? new PreviewImage(urls.Absolute(lead.Path), lead.Width, lead.Height, lead.MediaType, lead.Alt)
            : CardImage(card, CardFormat.OpenGraph, $"{Site.Title}: {article.Title}");
        string[] ratios = article.LeadImage is null
            ? [.. CardFormat.StructuredData.Select(f => urls.Absolute(SocialCards.PathOf(card, f)))]
            : [image.Url];

        var data = Thing("NewsArticle",
            ("headline", article.Title),
            ("description", article.Summary),
            ("image", Array(ratios)),
            ("datePublished", Dates.Machine(article.Published)),
            ("dateModified", Dates.Machine(article.Modified)),
            ("author", Author(article)),
            ("publisher", Publisher()),
            ("mainEntityOfPage", Thing("WebPage", ("@id", canonical))),
            ("url", canonical),
            ("inLanguage", article.Language),
            ("articleSection", article.Section?.Name),
            ("keywords", Array(article.Tags.Select(t => t.Name))),
            ("wordCount", article.WordCount),
            ("isAccessibleForFree", true));

        return new SharePreview
        {
            Type = "article",
            SiteName = Site.Title,
            Locale = Locale(article.Language),
            Image = image,
            Article = new ArticleFacts
            {
                Published = article.Published,
                Modified = article.Modified,
                Author = article.Byline,
                Section = article.Section?.Name,
                Tags = [.. article.Tags.Select(t => t.Name)],
                ReadingTime = string.Create(CultureInfo.InvariantCulture, $"{article.ReadingMinutes} min read"),
            },
            JsonLd = Serialize(WithContext(data)),
        };
    }

    public SharePreview ForHome(string canonicalUrl) => ForListing(Thing("WebSite",
        ("name", Site.Title),
        ("url", urls.Absolute("/")),
        ("description", Site.Description),
        ("inLanguage", Site.Language),
        ("image", SiteCardUrl()),
        ("publisher", Publisher()),
        ("mainEntityOfPage", Thing("WebPage", ("@id", canonicalUrl)))));

    public SharePreview ForTag(Tag tag, string description, IEnumerable<Article> articles)
    {
        var items = articles.Select((article, i) => (JsonNode)Thing("ListItem",
            ("position", i + 1),
            ("url", urls.Absolute(article.Permalink)),
            ("name", article.Title)));
        return ForListing(Thing("CollectionPage",
            ("name", $"{tag.Name}: {Site.Title}"),
            ("url", urls.Absolute(tag.Path)),
            ("description", description),
            ("inLanguage", Site.Language),
            ("image", SiteCardUrl()),
            ("about", Thing("Thing", ("name", tag.Name))),
            ("isPartOf", Thing("WebSite", ("name", Site.Title), ("url", urls.Absolute("/")))),
            ("mainEntity", Thing("ItemList", ("itemListElement", new JsonArray([.. items]))))));
    }

    /// <summary>A page that lists articles without being about one topic: a dated archive, the list of topics.</summary>
    public SharePreview ForCollection(string name, string canonicalUrl, string description, IReadOnlyCollection<Article> articles)
    {
        var items = articles.Select((article, i) => (JsonNode)Thing("ListItem",
            ("position", i + 1),
            ("url", urls.Absolute(article.Permalink)),
            ("name", article.Title)));
        return ForListing(Thing("CollectionPage",
            ("name", name),
            ("url", canonicalUrl),
            ("description", description),
            ("inLanguage", Site.Language),
            ("image", SiteCardUrl()),
            ("isPartOf", Thing("WebSite", ("name", Site.Title), ("url", urls.Absolute("/")))),
            ("mainEntity", articles.Count == 0 ? null : Thing("ItemList", ("itemListElement", new JsonArray([.. items]))))));
    }

    /// <summary>
    /// The language_TERRITORY form Open Graph expects: "en-GB" → "en_GB"; a bare language takes
    /// its usual territory ("en" → "en_US", "ru" → "ru_RU").
    /// </summary>
    public static string Locale(string language)
    {
        try
        {
            var specific = CultureInfo.CreateSpecificCulture(language).Name;
            return (specific.Length > 0 ? specific : language).Replace('-', '_');
        }
        catch (CultureNotFoundException)
        {
            return language.Replace('-', '_');
        }
    }

    private SharePreview ForListing(JsonObject data) => new()
    {
        Type = "website",
        SiteName = Site.Title,
        Locale = Locale(Site.Language),
        Image = CardImage(cards.ForSite(), CardFormat.OpenGraph, $"{Site.Title}: {Site.Description}"),
        JsonLd = Serialize(WithContext(data)),
    };

    private PreviewImage CardImage(CardText card, CardFormat format, string alt) =>
        new(urls.Absolute(SocialCards.PathOf(card, format)), format.Width, format.Height, "image/png", alt);

    private string SiteCardUrl() => urls.Absolute(SocialCards.PathOf(cards.ForSite(), CardFormat.OpenGraph));

    /// <summary>A named writer is a Person; an agency byline is an Organization; with neither, the site itself.</summary>
    private JsonObject Author(Article article) => (article.Author, article.Source) switch
    {
        ({ } name, _) => Thing("Person", ("name", name)),
        (null, { } source) => Thing("Organization", ("name", source.Name), ("url", source.Url?.AbsoluteUri)),
        _ => Publisher(),
    };

    private JsonObject Publisher() => Thing("Organization",
        ("name", Site.Title),
        ("url", urls.Absolute("/")),
        ("logo", Thing("ImageObject",
            ("url", urls.Absolute(SocialCards.PathOf(cards.ForSite(), CardFormat.Logo))),
            ("width", CardFormat.Logo.Width),
            ("height", CardFormat.Logo.Height))));
}
