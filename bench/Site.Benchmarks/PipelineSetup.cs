using Microsoft.Extensions.FileProviders;
using Site.Articles.Images;
using Site.Articles.Parsing;

namespace Site.Benchmarks;

/// <summary>The site's parser as the site builds it, without a web root (synthetic articles have no images).</summary>
public static class PipelineSetup
{
    public static ArticleParser Parser() => Parser(new MarkdownRenderer());

    public static ArticleParser Parser(MarkdownRenderer renderer) =>
        new(renderer, new LeadImages(new NullFileProvider(), new StaticAssetRoutes([])));

    /// <summary>The repository's content folder, found from the working directory upwards.</summary>
    public static string RepositoryContent()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return Path.Combine(folder.FullName, "content");
            }
        }

        throw new InvalidOperationException("Run the benchmarks from inside the repository.");
    }
}
