using System.Collections.Immutable;

namespace Site.Sharing;

/// <summary>Share links for a page: each service's own share URL with the page's address and title URL-encoded.</summary>
public sealed record ShareLinks(string Url, string Title, ImmutableArray<ShareLink> Links)
{
    public static ShareLinks For(string url, string title)
    {
        var u = Uri.EscapeDataString(url);
        var t = Uri.EscapeDataString(title);
        return new ShareLinks(url, title,
        [
            new("x", "X", $"https://x.com/intent/post?url={u}&text={t}"),
            new("facebook", "Facebook", $"https://www.facebook.com/sharer/sharer.php?u={u}"),
            new("linkedin", "LinkedIn", $"https://www.linkedin.com/sharing/share-offsite/?url={u}"),
            new("telegram", "Telegram", $"https://t.me/share/url?url={u}&text={t}"),
            new("whatsapp", "WhatsApp", $"https://wa.me/?text={Uri.EscapeDataString(title + " " + url)}"),
            new("email", "Email", $"mailto:?subject={t}&body={Uri.EscapeDataString(title + "\n\n" + url)}"),
        ]);
    }
}
