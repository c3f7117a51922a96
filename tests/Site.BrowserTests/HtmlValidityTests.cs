using System.Diagnostics;
using System.Text.Json;
using Site.BrowserTests.Infrastructure;

namespace Site.BrowserTests;

/// <summary>Every page type, as served, checked by the W3C Nu HTML checker (vnu.jar from tools/).</summary>
[Trait(TestTiers.Category, TestTiers.Browser)]
[Collection(BrowserGroup.Name)]
public sealed class HtmlValidityTests(BrowserSiteFixture site)
{
    [NuCheckerFact]
    public async Task EveryPageType_IsValidHtml()
    {
        var folder = Tools.Artifact("html");
        using var client = new HttpClient { BaseAddress = site.BaseAddress };
        var files = new List<string>();
        foreach (var path in SitePages.Paths)
        {
            using var response = await client.GetAsync(path);
            Assert.Equal(SitePages.StatusOf(path), (int)response.StatusCode);
            var file = Path.Combine(folder, (path == "/" ? "index" : path.Trim('/').Replace('/', '-')) + ".html");
            await File.WriteAllTextAsync(file, await response.Content.ReadAsStringAsync());
            files.Add(file);
        }

        var report = await RunNuCheckerAsync(files);

        using var json = JsonDocument.Parse(report);
        var errors = json.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : "")}:" +
                $"{(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)} {m.GetProperty("message").GetString()}");
        Assert.Empty(errors);
    }

    private static async Task<string> RunNuCheckerAsync(IEnumerable<string> files)
    {
        var start = new ProcessStartInfo(Tools.Java ?? "java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-jar", Tools.VnuJar, "--format", "json", "--stdout" }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var report = await output;
        Assert.True(report.Length > 0, "The Nu checker printed no report: " + await error);
        return report;
    }
}
