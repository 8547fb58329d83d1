namespace Oldenburg.Integration.Web.Infrastructure;

public static class HostingExtensions
{
    private const string ReloadAtRuntimeKey = "ReloadStaticAssetsAtRuntime";

    /// <summary>
    /// The Server header only tells a scanner which exploits to try. The plain build output
    /// (<c>dotnet run --no-launch-profile</c>) keeps its compressed stylesheets and fonts in the
    /// project's obj folder, which only the static web assets manifest beside the app points to; the
    /// host reads that manifest by itself in Development only, and without it MapStaticAssets answers
    /// a browser's compressed request with an empty body. Published output has no such manifest, so
    /// there this does nothing.
    /// With that manifest MapStaticAssets also turns on its hot-reload patching, which compares each
    /// file's time stamp with the manifest's (whole seconds) and, finding them different, re-wraps the
    /// stylesheets in uncompressed gzip on every request: a first visit would pay ten times the bytes
    /// of the compressed files the build made. Outside Development nobody edits wwwroot under a running
    /// site, so the build's files are served as they are, unless ReloadStaticAssetsAtRuntime is set.
    /// </summary>
    public static WebApplicationBuilder ConfigureAppHosting(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        if (!builder.Environment.IsDevelopment())
        {
            builder.WebHost.UseStaticWebAssets();
            builder.Configuration[ReloadAtRuntimeKey] ??= "false";
        }

        return builder;
    }
}
