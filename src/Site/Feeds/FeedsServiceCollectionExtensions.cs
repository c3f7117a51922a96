namespace Site.Feeds;

public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeeds(this IServiceCollection services)
    {
        services.AddSingleton<FeedWriter>();
        services.AddSingleton<SitemapWriter>();
        return services;
    }
}
