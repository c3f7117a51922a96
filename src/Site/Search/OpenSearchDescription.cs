using System.Text;
using System.Xml;

namespace Site.Search;

/// <summary>The OpenSearch description that lets a browser add the site's search: absolute URLs from Site:BaseUrl.</summary>
public static class OpenSearchDescription
{
    public const string MediaType = "application/opensearchdescription+xml";

    /// <summary>The specification's limit for ShortName.</summary>
    private const int ShortNameLength = 16;

    public static byte[] Write(string title, string searchUrl, string iconUrl)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            const string ns = "http://a9.com/-/spec/opensearch/1.1/";
            xml.WriteStartElement("OpenSearchDescription", ns);
            xml.WriteElementString("ShortName", ns, title.Length <= ShortNameLength ? title : title[..ShortNameLength].TrimEnd());
            xml.WriteElementString("Description", ns, $"Search {title}");
            xml.WriteElementString("InputEncoding", ns, "UTF-8");
            xml.WriteStartElement("Image", ns);
            xml.WriteAttributeString("type", "image/svg+xml");
            xml.WriteString(iconUrl);
            xml.WriteEndElement();
            xml.WriteStartElement("Url", ns);
            xml.WriteAttributeString("type", "text/html");
            xml.WriteAttributeString("method", "get");
            xml.WriteAttributeString("template", searchUrl + "?q={searchTerms}");
            xml.WriteEndElement();
            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }
}
