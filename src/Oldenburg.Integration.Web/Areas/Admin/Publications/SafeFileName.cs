using System.Text;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

/// <summary>
/// The name a download is saved as, made from the uploaded name: no folders, no control or path
/// characters, letters of any script kept, and the extension of the format the bytes proved.
/// </summary>
public static class SafeFileName
{
    private const int MaxStemLength = 80;

    public static string Of(string? uploaded, string extension)
    {
        var name = LastSegment(uploaded);
        var stem = Path.GetFileNameWithoutExtension(name);
        var safe = new StringBuilder(stem.Length);
        foreach (var c in stem.Normalize(NormalizationForm.FormC))
        {
            safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '-');
        }

        var cleaned = string.Join('-', safe.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (cleaned.Length > MaxStemLength)
        {
            cleaned = cleaned[..MaxStemLength].TrimEnd('-');
        }

        return (cleaned.Length == 0 ? "publikation" : cleaned) + "." + extension;
    }

    /// <summary>The last segment of an uploaded name, for messages: browsers may send a whole path.</summary>
    public static string Shown(string? uploaded) => LastSegment(uploaded) is { Length: > 0 } name ? name : "ohne Namen";

    private static string LastSegment(string? uploaded)
    {
        var name = (uploaded ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        return new string([.. name.Where(c => !char.IsControl(c))]).Trim();
    }
}
