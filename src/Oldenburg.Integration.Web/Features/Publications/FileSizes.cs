using System.Globalization;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>A file size as readers judge a download on a phone: "850 KB", "1,2 MB", in their number format.</summary>
public static class FileSizes
{
    public static string Format(long bytes, CultureInfo culture) => bytes < 1024 * 1024
        ? $"{Math.Max(1, Math.Round(bytes / 1024d)).ToString("N0", culture)} KB"
        : $"{(bytes / (1024d * 1024d)).ToString("N1", culture)} MB";
}
