using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Microsoft.Extensions.Options;
using Site.Articles.Model;
using Site.Hosting;

namespace Site.Feeds;

/// <summary>The Atom feed of the newest articles, with each article's full HTML and absolute links.</summary>
public sealed class FeedWriter(SiteUrls urls, IOptions<SiteOptions> options)
{
    public const int Size = 50;

    public byte[] Write(IReadOnlyList<Article> published)
    {
        var site = options.Value;
        var home = new Uri(urls.Absolute("/"));
        var articles = published.Take(Size).ToList();
        var feed = new SyndicationFeed(site.Title, site.Description, home)
        {
            Id = home.AbsoluteUri,
            Language = site.Language,
            LastUpdatedTime = articles.Count > 0 ? articles.Max(a => a.Modified) : DateTimeOffset.UnixEpoch,
            Items = [.. articles.Select(Item)],
        };
        feed.Links.Add(new SyndicationLink(new Uri(urls.Absolute("/feed.xml")), "self", site.Title, "application/atom+xml", 0));

        // Atom requires an author for every entry; the site stands in for entries without a byline.
        feed.Authors.Add(new SyndicationPerson { Name = site.Title, Uri = home.AbsoluteUri });

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return stream.ToArray();
    }

    private SyndicationItem Item(Article article)
    {
        var url = new Uri(urls.Absolute(article.Permalink));
        var item = new SyndicationItem
        {
            Id = url.AbsoluteUri,
            Title = new TextSyndicationContent(article.Title),
            Summary = new TextSyndicationContent(article.Summary),
            Content = new TextSyndicationContent(FeedHtml.For(article.BodyHtml, url), TextSyndicationContentKind.Html),
            PublishDate = article.Published,
            LastUpdatedTime = article.Modified,
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(url, "text/html"));
        if (article.LeadImage is { } image)
        {
            item.Links.Add(new SyndicationLink(new Uri(urls.Absolute(image.Path)), "enclosure", image.Alt, image.MediaType, 0));
        }

        if (article.Byline is { } byline)
        {
            item.Authors.Add(new SyndicationPerson { Name = byline, Uri = article.Author is null ? article.Source?.Url?.AbsoluteUri : null });
        }

        foreach (var tag in article.Tags)
        {
            item.Categories.Add(new SyndicationCategory(tag.Slug, urls.Absolute("/tags/"), tag.Name));
        }

        return item;
    }
}
