using Serilog;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class LoggingExtensions
{
    /// <summary>
    /// Levels, console and enrichers come from the "Serilog" configuration section. The rolling
    /// file goes under the data folder so that it does not depend on the working directory.
    /// </summary>
    public static WebApplicationBuilder AddAppLogging(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) =>
        {
            logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services);
            if (builder.Configuration.GetValue("Logging:File:Enabled", true))
            {
                var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
                var folder = Path.Combine(Path.GetFullPath(options.DataDirectory, builder.Environment.ContentRootPath), "logs");
                logger.WriteTo.File(
                    Path.Combine(folder, "site-.log"),
                    rollingInterval: RollingInterval.Day,
                    retainedFileCountLimit: builder.Configuration.GetValue("Logging:File:RetainedDays", 30),
                    formatProvider: System.Globalization.CultureInfo.InvariantCulture);
            }
        });
        return builder;
    }

    /// <summary>One line per request; query strings are left out because search terms can be personal.</summary>
    public static IApplicationBuilder UseAppRequestLogging(this IApplicationBuilder app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (context, _, exception) =>
                exception is not null || context.Response.StatusCode >= 500
                    ? Serilog.Events.LogEventLevel.Error
                    : Serilog.Events.LogEventLevel.Information;
        });
}
