using System.Globalization;
using Oldenburg.Integration.Web.Infrastructure.Localization;

namespace Oldenburg.Integration.Web.Features.Publications;

/// <summary>A file size as readers judge a download on a phone: "850 KB", "1,2 MB", in their number format.</summary>
public static class FileSizes
{
    public static string Format(long bytes, CultureInfo culture) => bytes < 1024 * 1024
        ? $"{LocalDigits.Format(Math.Max(1, Math.Round(bytes / 1024d)), "N0", culture)} KB"
        : $"{LocalDigits.Format(bytes / (1024d * 1024d), "N1", culture)} MB";
}
