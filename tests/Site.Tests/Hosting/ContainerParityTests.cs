using System.Net;
using System.Text.Json;
using Site.Tests.Infrastructure;

namespace Site.Tests.Hosting;

/// <summary>
/// No Docker engine is needed to trust the Dockerfile: its build stage is carried out step by
/// step and the output run as the container runs it. These tests then check what a reader and
/// an operator would see.
/// </summary>
[Trait(TestTiers.Category, TestTiers.Published)]
[Collection(PublishedSiteGroup.Name)]
public sealed class ContainerParityTests(PublishedSite site) : IDisposable
{
    private readonly HttpClient _client = new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = site.Address };

    public void Dispose() => _client.Dispose();

    [Fact]
    public void Dockerfile_RunsAsTheNonRootUserOnPort8080()
    {
        var text = DockerfileBuild.DockerfileText;

        Assert.Contains("mcr.microsoft.com/dotnet/sdk:10.0 AS build", text, StringComparison.Ordinal);
        Assert.Contains("FROM mcr.microsoft.com/dotnet/aspnet:10.0", text, StringComparison.Ordinal);
        Assert.Contains("USER $APP_UID", text, StringComparison.Ordinal);
        Assert.Contains("EXPOSE 8080", text, StringComparison.Ordinal);
        Assert.Equal("8080", DockerfileBuild.FinalStageEnvironment()["ASPNETCORE_HTTP_PORTS"]);
        Assert.Equal("Production", DockerfileBuild.FinalStageEnvironment()["ASPNETCORE_ENVIRONMENT"]);
    }

    [Fact]
    public void PublishedOutput_HoldsTheContentAndTheStaticAssets()
    {
        Assert.True(File.Exists(Path.Combine(site.OutputPath, "content", SeedArticle.ContentFile)));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.OutputPath, "wwwroot", "css"), "site*.css"));
        Assert.NotEmpty(Directory.EnumerateFiles(Path.Combine(site.OutputPath, "wwwroot", "css"), "*.br"));
    }

    [Fact]
    public void PublishedOutput_CarriesNativeLibrariesForOnePlatformOnly()
    {
        var bytes = Directory.EnumerateFiles(site.OutputPath, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);

        Assert.True(File.Exists(Path.Combine(site.OutputPath, "libSkiaSharp.so")));
        Assert.False(Directory.Exists(Path.Combine(site.OutputPath, "runtimes")));
        Assert.InRange(bytes, 1, 60L * 1024 * 1024);
    }

    [Fact]
    public async Task Container_ServesTheArticleAtItsPermalink()
    {
        var index = await _client.GetDocumentAsync("/");
        var article = await _client.GetDocumentAsync(SeedArticle.Permalink);

        Assert.NotNull(index.QuerySelector($".story a[href='{SeedArticle.Permalink}']"));
        Assert.Equal(SeedArticle.Paragraphs, article.QuerySelectorAll("article .article-body > p").Select(Html.TextWithoutParagraphLink));
        Assert.Equal(SiteFactory.BaseUrl + SeedArticle.Permalink, article.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task Container_ServesFingerprintedCssBrotliCompressedAndImmutable()
    {
        var page = await _client.GetDocumentAsync("/");
        using var request = new HttpRequestMessage(HttpMethod.Get, page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Container_CompressesPages()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, SeedArticle.Permalink);
        request.Headers.AcceptEncoding.ParseAdd("br");

        using var response = await _client.SendAsync(request);

        Assert.Equal("br", Assert.Single(response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Container_CheckCommand_ValidatesTheShippedContent()
    {
        var start = new System.Diagnostics.ProcessStartInfo("dotnet", ["Site.dll", "check"])
        {
            WorkingDirectory = site.OutputPath,
            RedirectStandardOutput = true,
        };
        foreach (var (name, value) in DockerfileBuild.FinalStageEnvironment())
        {
            start.Environment[name] = value;
        }

        using var check = System.Diagnostics.Process.Start(start)!;
        var output = await check.StandardOutput.ReadToEndAsync();
        await check.WaitForExitAsync();

        Assert.Equal(0, check.ExitCode);
        Assert.Equal("1 file, 1 article, 0 errors, 0 warnings", output.Trim());
    }

    [Fact]
    public async Task Container_LogsCompactJsonToStdout()
    {
        await _client.GetAsync("/healthz");

        var lines = site.LogLines.ToArray();
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("@t", out _), line);
        });
        Assert.Contains(lines, line => line.Contains("Loaded 1 article (", StringComparison.Ordinal) && line.Contains("with 0 errors", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("Production", StringComparison.Ordinal) && line.Contains("for https://news.example.com/, serving 1 article from", StringComparison.Ordinal));
    }
}
