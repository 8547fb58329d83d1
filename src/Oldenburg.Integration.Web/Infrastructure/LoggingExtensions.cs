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
    /// One line per page request; query strings are left out because search terms can be personal.
    /// Stylesheets, fonts and health probes are logged only at Verbose: they outnumber pages and
    /// tell an operator nothing that the page lines do not.
    /// </summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500 ? LogEventLevel.Error
                : IsRoutine(context) ? LogEventLevel.Verbose
                : LogEventLevel.Information;
        });

    private static bool IsRoutine(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null
        || context.Request.Path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);
}
