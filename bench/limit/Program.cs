using System.Collections.Frozen;
using Microsoft.Extensions.Primitives;

// "The limit": the same bytes a page of the site sends, answered from memory by a bare Kestrel app
// with no middleware. A page's throughput divided by this app's, in the same run, says what the page
// costs beyond moving its bytes over HTTP on this machine.
//
// Usage: Limit <manifest> --urls http://127.0.0.1:PORT
// The manifest has one "path<TAB>file" line per page; the path is matched exactly, query included.
if (args.Length < 1 || !File.Exists(args[0]))
{
    await Console.Error.WriteLineAsync("Usage: Limit <manifest> --urls http://127.0.0.1:PORT");
    return 2;
}

var pages = File.ReadAllLines(args[0])
    .Where(line => line.Contains('\t', StringComparison.Ordinal))
    .Select(line => line.Split('\t', 2))
    .ToFrozenDictionary(
        parts => parts[0],
        parts => File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(args[0]))!, parts[1])),
        StringComparer.Ordinal);

var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { Args = args[1..] });
builder.WebHost.UseKestrelCore();
builder.Configuration.AddCommandLine(args[1..]);
var app = builder.Build();
var html = new StringValues("text/html; charset=utf-8");

app.Run(context =>
{
    var key = context.Request.Path.Value + context.Request.QueryString.Value;
    if (!pages.TryGetValue(key, out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    context.Response.Headers.ContentType = html;
    context.Response.ContentLength = body.Length;
    return context.Response.Body.WriteAsync(body).AsTask();
});

await app.RunAsync();
return 0;
