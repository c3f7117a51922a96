using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Serilog.Events;
using Site.Hosting;

namespace Site.Tests.Hosting;

public sealed class RequestLogLevelTests
{
    [Fact]
    public void ChosenUnavailable_IsAWarning_TakenFromTheBudget_ThenDebug()
    {
        var budget = new RequestLogBudget(1, new FakeTimeProvider());

        var levels = Enumerable.Range(0, 3).Select(_ => RequestLogging.Level("GET", "/search", 503, 5000, null, budget)).ToList();

        Assert.Equal([LogEventLevel.Warning, LogEventLevel.Debug, LogEventLevel.Debug], levels);
    }

    [Fact]
    public void ServerFaults_AreErrors_WhateverTheBudget()
    {
        var budget = new RequestLogBudget(0, new FakeTimeProvider());

        Assert.Equal(LogEventLevel.Error, RequestLogging.Level("GET", "/", 500, 1, null, budget));
        Assert.Equal(LogEventLevel.Error, RequestLogging.Level("GET", "/", 502, 1, null, budget));
        Assert.Equal(LogEventLevel.Error, RequestLogging.Level("GET", "/", 200, 1, new InvalidOperationException("broken"), budget));
    }

    [Fact]
    public void Probes_AreDebug_EvenWhenUnready_WhileOtherMethodsThereAreLogged()
    {
        var budget = new RequestLogBudget(10, new FakeTimeProvider());

        Assert.Equal(LogEventLevel.Debug, RequestLogging.Level("GET", new PathString("/readyz"), 503, 1, null, budget));
        Assert.Equal(LogEventLevel.Debug, RequestLogging.Level("GET", new PathString("/healthz"), 200, 1, null, budget));
        Assert.Equal(LogEventLevel.Information, RequestLogging.Level("POST", new PathString("/healthz"), 405, 1, null, budget));
    }
}
