using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Site.Articles;

public static class ArticlesServiceCollectionExtensions
{
    /// <summary>The parser, the loader that follows the content folder, and the read side the pages use.</summary>
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        // The clock that decides what a reader may see now; tests put their own in its place.
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ContentOptions>, ContentOptionsValidator>();
        services.AddSingleton<MarkdownRenderer>();
        services.AddSingleton(provider => StaticAssetRoutes.ForApplication(provider.GetRequiredService<IWebHostEnvironment>().ApplicationName));
        services.AddSingleton(provider => new LeadImages(
            provider.GetRequiredService<IWebHostEnvironment>().WebRootFileProvider, provider.GetRequiredService<StaticAssetRoutes>()));
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<ArticleCache>();
        services.AddSingleton<ArticleRepository>();
        services.AddSingleton<ContentMetrics>();
        services.AddSingleton<ArticleLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleLoader>());
        return services;
    }
}
