using Microsoft.AspNetCore.Http;
using Oldenburg.Integration.Web.Infrastructure;
using Serilog.Events;

namespace Oldenburg.Integration.Tests.Unit;

/// <summary>A page view is not worth a line at the default level; what an operator acts on is.</summary>
public sealed class RequestLogLevelTests
{
    [Theory]
    [InlineData("GET", 200, 12.0, LogEventLevel.Debug)]
    [InlineData("HEAD", 304, 3.0, LogEventLevel.Debug)]
    [InlineData("GET", 404, 5.0, LogEventLevel.Information)]
    [InlineData("POST", 302, 40.0, LogEventLevel.Information)]
    [InlineData("GET", 200, 1500.0, LogEventLevel.Warning)]
    [InlineData("GET", 503, 2.0, LogEventLevel.Error)]
    public void LevelOf_Outcome_IsLoggedAtItsLevel(string method, int status, double elapsedMs, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = "/de/partners";
        context.Response.StatusCode = status;

        Assert.Equal(expected, LoggingExtensions.LevelOf(context, elapsedMs, exception: null, slowMs: 1000));
    }

    [Fact]
    public void LevelOf_Exception_IsAnError()
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "GET";

        Assert.Equal(LogEventLevel.Error, LoggingExtensions.LevelOf(context, 1.0, new InvalidOperationException("boom"), slowMs: 1000));
    }
}
