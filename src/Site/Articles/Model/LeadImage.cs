namespace Site.Articles.Model;

/// <summary>An article's own picture, checked at load: a file under wwwroot with its pixel size and media type.</summary>
public sealed record LeadImage(string Path, string Alt, int Width, int Height, string MediaType);
