using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from npm, run on Java). All pages go through one Java start,
/// because starting the JVM costs more than checking a page.
/// </summary>
public static class HtmlChecker
{
    private const string JarInTools = "tests/tools/node_modules/vnu-jar/build/dist/vnu.jar";

    /// <summary>Checks the documents (name → HTML) and returns every error as "name:line: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(IReadOnlyDictionary<string, string> documents)
    {
        var folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "oldenburg-integration-vnu", Guid.NewGuid().ToString("N")));
        try
        {
            var files = new Dictionary<string, string>();
            foreach (var (name, html) in documents)
            {
                var file = $"{files.Count:D3}.html";
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, file), html, Encoding.UTF8);
                files[file] = name;
            }

            var output = await RunAsync(["-jar", FindJar(), "--errors-only", "--format", "json", .. files.Keys.Select(f => Path.Combine(folder.FullName, f))]);
            return Parse(output, files);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static List<string> Parse(string output, Dictionary<string, string> files)
    {
        var json = output[output.IndexOf('{', StringComparison.Ordinal)..];
        using var result = JsonDocument.Parse(json);
        var errors = new List<string>();
        foreach (var message in result.RootElement.GetProperty("messages").EnumerateArray())
        {
            var url = message.TryGetProperty("url", out var u) ? u.GetString() ?? "" : "";
            var page = files.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var name) ? name : url;
            var line = message.TryGetProperty("lastLine", out var l) ? l.GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture) : "?";
            var extract = message.TryGetProperty("extract", out var e) ? " near «" + e.GetString()?.Trim() + "»" : "";
            errors.Add($"{page}:{line}: {message.GetProperty("type").GetString()}: {message.GetProperty("message").GetString()}{extract}");
        }

        return errors;
    }

    private static async Task<string> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException("Java is needed for the HTML check and was not found: install a JRE (Debian: 'apt-get install -y default-jre-headless') or run scripts/test.sh, which does.", ex);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            var all = await stdout + await stderr;
            Assert.True(all.Contains("\"messages\"", StringComparison.Ordinal), $"The HTML checker gave no JSON report (exit {process.ExitCode}): {all}");
            return all;
        }
    }

    private static string FindJar()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var jar = Path.Combine(folder.FullName, JarInTools);
            if (File.Exists(jar))
            {
                return jar;
            }
        }

        throw new InvalidOperationException($"{JarInTools} not found: run 'npm ci --prefix tests/tools' (scripts/test.sh does it).");
    }
}
