namespace Site.Articles.Loading;

/// <summary>A Markdown file found by a scan, with what tells whether it changed since the last one.</summary>
public sealed record ContentFile(string RelativePath, string FullPath, long Length, DateTime LastWriteUtc);
