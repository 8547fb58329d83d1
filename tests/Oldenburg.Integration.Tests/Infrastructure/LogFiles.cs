namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>The site writes its log file on a background thread, so tests wait for a line they expect.</summary>
public static class LogFiles
{
    /// <summary>All log text once <paramref name="marker"/> has been written; events are written in order, so earlier ones are there too.</summary>
    public static async Task<string> WaitForAsync(string dataDirectory, string marker)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var text = "";
        while (DateTime.UtcNow < deadline)
        {
            text = ReadAll(Path.Combine(dataDirectory, "logs"));
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return text;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The log never got '{marker}'. It holds:\n{text}");
        return text;
    }

    private static string ReadAll(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return "";
        }

        return string.Concat(Directory.GetFiles(folder, "*.log").Order(StringComparer.Ordinal).Select(path =>
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }));
    }
}
