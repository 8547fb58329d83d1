using Microsoft.AspNetCore.StaticAssets;
using Serilog;
using Serilog.Events;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Levels, console and enrichers come from the "Serilog" configuration section. The rolling
    /// file goes under the data folder so that it does not depend on the working directory; it is
    /// written on a background thread so that a slow disk never holds up a request.
    /// </summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            if (builder.Configuration.GetValue("Logging:File:Enabled", true))
            {
                var folder = DataFolders.From(builder.Configuration, builder.Environment).Logs;
                logger.WriteTo.Async(sink => sink.File(
                    Path.Combine(folder, "site-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: builder.Configuration.GetValue("Logging:File:RetainedDays", 30),
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture));
            }
        });
        return builder;
    }

    /// <summary>
    /// One line per request; query strings are left out because search terms can be personal.
    /// A fast, successful GET is logged at Debug: at thousands of cached pages a second, a line
    /// each would cost more than serving the page, and it tells an operator nothing that the access
    /// log of the proxy in front does not. What an operator acts on stays at Information or above:
    /// client errors (broken links, probes), form posts, slow requests and failures. Stylesheets,
    /// fonts and health probes are logged only at Verbose. A page slower than
    /// <c>Logging:SlowRequestMilliseconds</c> (default 1000) is logged at Warning.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app)
    {
        var slowMs = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue("Logging:SlowRequestMilliseconds", 1000.0);
        return app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (context, elapsedMs, exception) => LevelOf(context, elapsedMs, exception, slowMs);
        });
    }

    internal static LogEventLevel LevelOf(HttpContext context, double elapsedMs, Exception? exception, double slowMs)
    {
        var status = context.Response.StatusCode;
        if (exception is not null || status >= 500)
        {
            return LogEventLevel.Error;
        }

        if (IsRoutine(context))
        {
            return LogEventLevel.Verbose;
        }

        if (elapsedMs >= slowMs)
        {
            return LogEventLevel.Warning;
        }

        if (status >= 400 || !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            return LogEventLevel.Information;
        }

        return LogEventLevel.Debug;
    }

    private static bool IsRoutine(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
