using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Site.Articles.Catalog;
using Site.Articles.Images;
using Site.Articles.Loading;
using Site.Articles.Parsing;

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
        services.AddSingleton<ContentWatcher>();
        services.AddSingleton<ContentReader>();
        services.AddSingleton<ArticleLoader>();
        services.AddHostedService(provider => provider.GetRequiredService<ArticleLoader>());
        return services;
    }

    /// <summary>The articles load while the rest of the app is put together; the server opens once they are in.</summary>
    public static WebApplication BeginLoadingArticles(this WebApplication app)
    {
        app.Services.GetRequiredService<ArticleLoader>().BeginFirstLoad();
        return app;
    }
}
