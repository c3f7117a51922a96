using System.Net;
using System.Text.RegularExpressions;
using Site.Articles;
using Site.Hosting;
using Site.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace Site.Tests.Hosting;

/// <summary>
/// The compose file, the Kubernetes manifests and the Varnish configuration agree with the app:
/// its port (from the Dockerfile), its probe paths (which answer), and settings it really reads.
/// </summary>
public sealed partial class DeploymentFilesTests : IDisposable
{
    private static readonly string Port = DockerfileBuild.FinalStageEnvironment()["ASPNETCORE_HTTP_PORTS"];

    private readonly ContentFolder _content = new();

    public void Dispose() => _content.Dispose();

    private static YamlMappingNode Load(string relativePath)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryRoot.Path, relativePath))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params object[] path) => path.Aggregate(node, (current, step) => step switch
    {
        string key => ((YamlMappingNode)current)[key],
        int index => ((YamlSequenceNode)current)[index],
        _ => throw new ArgumentException(step.ToString()),
    });

    private static string Text(YamlNode node, params object[] path) => ((YamlScalarNode)At(node, path)).Value!;

    /// <summary>A setting as an environment variable (Site__Cache__MaxAgeSeconds, Site__KnownProxies__0) names a real option.</summary>
    private static bool IsSetting(string name)
    {
        var parts = name.Split("__");
        if (parts is not ["Site", var key, ..])
        {
            return false;
        }

        return typeof(SiteOptions).GetProperty(key) is not null || typeof(ContentOptions).GetProperty(key) is not null;
    }

    [Fact]
    public void Kubernetes_Deployment_MatchesTheApp()
    {
        var container = At(Load("deploy/kubernetes/deployment.yaml"), "spec", "template", "spec", "containers", 0);
        var pod = At(Load("deploy/kubernetes/deployment.yaml"), "spec", "template", "spec");

        Assert.Equal(Port, Text(container, "ports", 0, "containerPort"));
        Assert.Equal("/healthz", Text(container, "livenessProbe", "httpGet", "path"));
        Assert.Equal("/readyz", Text(container, "readinessProbe", "httpGet", "path"));
        Assert.Equal("true", Text(pod, "securityContext", "runAsNonRoot"));
        Assert.Equal("true", Text(container, "securityContext", "readOnlyRootFilesystem"));
        Assert.NotNull(At(container, "resources", "requests", "memory"));
        Assert.NotNull(At(container, "resources", "limits", "memory"));
        Assert.All(((YamlSequenceNode)At(container, "env")).Select(e => Text(e, "name")), name => Assert.True(IsSetting(name), name));

        // With a read-only root, the article cache must be on a mounted volume or it is never written.
        var cachePath = ((YamlSequenceNode)At(container, "env")).Single(e => Text(e, "name") == "Site__CachePath");
        Assert.Contains(Text(cachePath, "value"), ((YamlSequenceNode)At(container, "volumeMounts")).Select(m => Text(m, "mountPath")));
    }

    [Fact]
    public void Kubernetes_Service_TargetsTheContainerPort()
    {
        var deployment = At(Load("deploy/kubernetes/deployment.yaml"), "spec", "template", "spec", "containers", 0, "ports", 0);
        var service = Load("deploy/kubernetes/service.yaml");

        Assert.Equal(Text(deployment, "name"), Text(service, "spec", "ports", 0, "targetPort"));
        Assert.Equal("meridian", Text(service, "spec", "selector", "app"));
    }

    [Fact]
    public void Compose_ReplicasAndVarnish_MatchTheAppAndTheVcl()
    {
        var services = (YamlMappingNode)At(Load("deploy/compose.yaml"), "services");
        var vcl = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "deploy/varnish/default.vcl"));
        var backends = Backend().Matches(vcl).Select(m => (Host: m.Groups["host"].Value, Port: m.Groups["port"].Value)).ToList();
        var varnishAddress = Text(services, "varnish", "networks", "site", "ipv4_address");

        Assert.Equal(["replica-1", "replica-2"], backends.Select(b => b.Host));
        Assert.All(backends, b => Assert.Equal(Port, b.Port));
        foreach (var (host, _) in backends)
        {
            var environment = (YamlMappingNode)At(services, host, "environment");
            Assert.All(environment.Children.Keys.Select(k => ((YamlScalarNode)k).Value!), name => Assert.True(IsSetting(name), name));
            Assert.Equal(varnishAddress, Text(environment, "Site__KnownProxies__0"));
            Assert.Equal("true", Text(services, host, "read_only"));
        }

        Assert.Contains("./varnish/default.vcl:/etc/varnish/default.vcl:ro", ((YamlSequenceNode)At(services, "varnish", "volumes")).Select(v => ((YamlScalarNode)v).Value));
        Assert.Contains(".url = \"/readyz\";", vcl, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/healthz")]
    [InlineData("/readyz")]
    public async Task ProbePaths_Answer200OnAReadySite(string path)
    {
        _content.Write("2024/one.md", ArticleFiles.Markdown(extra: "slug: one"));
        using var site = new SiteFactory(_content.Path);
        using var client = site.CreateRawClient();

        using var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [GeneratedRegex("""backend \w+ \{\s*\.host = "(?<host>[^"]+)";\s*\.port = "(?<port>\d+)";""")]
    private static partial Regex Backend();
}
