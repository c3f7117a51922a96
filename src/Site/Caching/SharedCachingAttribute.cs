namespace Site.Caching;

/// <summary>
/// Marks a page or endpoint whose successful responses shared caches may keep: it gets a strong
/// ETag from the bytes sent, <c>Cache-Control</c> from <see cref="Hosting.HttpCacheOptions"/>, and 304s
/// (see <see cref="SharedCachingMiddleware"/>). The endpoint sets its own <c>Last-Modified</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class SharedCachingAttribute : Attribute;
