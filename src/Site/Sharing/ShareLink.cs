namespace Site.Sharing;

/// <summary>One service's share address; <see cref="Key"/> names it for styling ("x", "email").</summary>
public sealed record ShareLink(string Key, string Name, string Href);
