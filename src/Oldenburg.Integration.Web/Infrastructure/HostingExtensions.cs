namespace Oldenburg.Integration.Web.Infrastructure;

public static class HostingExtensions
{
    /// <summary>
    /// The Server header only tells a scanner which exploits to try. The plain build output
    /// (<c>dotnet run --no-launch-profile</c>) keeps its compressed stylesheets and fonts in the
    /// project's obj folder, which only the static web assets manifest beside the app points to; the
    /// host reads that manifest by itself in Development only, and without it MapStaticAssets answers
    /// a browser's compressed request with an empty body. Published output has no such manifest, so
    /// there this does nothing.
    /// </summary>
    public static WebApplicationBuilder ConfigureAppHosting(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
        }

        return builder;
    }
}
