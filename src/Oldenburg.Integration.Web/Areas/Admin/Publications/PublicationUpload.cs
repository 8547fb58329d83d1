using System.Globalization;
using System.Text;
using Oldenburg.Integration.Web.Features.Publications;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

/// <summary>An upload that passed every check, with what readers see beside the download.</summary>
public sealed record CheckedUpload(byte[] Data, string Extension, string ContentType, string DownloadName, int? PageCount);

/// <summary>
/// Checks an uploaded publication file from its bytes, never from its name or claimed type: a
/// renamed program or web page is refused, and so is a PDF that can run script or carries other
/// files, because readers open these files from an official site.
/// </summary>
public static class PublicationUpload
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de");

    /// <summary>Formats that configuration may allow besides PDF: all are ZIP containers, told apart by extension.</summary>
    private static readonly Dictionary<string, string> ZipFormats = new(StringComparer.Ordinal)
    {
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["odt"] = "application/vnd.oasis.opendocument.text",
        ["epub"] = "application/epub+zip",
    };

    private static readonly string[] ActiveNames = ["JS", "JavaScript", "EmbeddedFile", "EmbeddedFiles", "Launch"];

    public static async Task<(CheckedUpload? Upload, string? Error)> CheckAsync(IFormFile file, PublicationFileOptions options, CancellationToken cancellationToken)
    {
        var shownName = SafeFileName.Shown(file.FileName);
        if (file.Length == 0)
        {
            return (null, $"Die Datei „{shownName}“ ist leer. Bitte wählen Sie die richtige Datei aus.");
        }

        if (file.Length > options.MaxUploadBytes)
        {
            return (null, $"Die Datei „{shownName}“ ist {Megabytes(file.Length)} groß; erlaubt sind höchstens {Megabytes(options.MaxUploadBytes)}.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var data = buffer.ToArray();
        var extension = Path.GetExtension(SafeFileName.Of(file.FileName, "x")).TrimStart('.').ToLowerInvariant();

        if (StartsWith(data, "%PDF-"))
        {
            return Allowed(options, "pdf") ? CheckPdf(data, file.FileName, shownName) : (null, NotAllowed(options));
        }

        if (StartsWith(data, "PK\u0003\u0004") && ZipFormats.TryGetValue(extension, out var zipType) && Allowed(options, extension))
        {
            return (new CheckedUpload(data, extension, zipType, SafeFileName.Of(file.FileName, extension), null), null);
        }

        return (null, $"Die Datei „{shownName}“ ist {Recognised(data)}, kein PDF-Dokument, auch wenn ihr Name das vermuten lässt. {NotAllowed(options)}");
    }

    private static (CheckedUpload?, string?) CheckPdf(byte[] data, string uploadName, string shownName)
    {
        // Before parsing: a file with script is refused as such even when it is also malformed.
        var text = Encoding.Latin1.GetString(data);
        if (ActiveNames.Any(name => ContainsName(text, name)))
        {
            return (null, ActiveContent(shownName));
        }

        try
        {
            using var document = PdfDocument.Open(data);
            if (document.IsEncrypted)
            {
                return (null, Encrypted(shownName));
            }

            if (HasActiveObjects(document))
            {
                return (null, ActiveContent(shownName));
            }

            return (new CheckedUpload(data, "pdf", "application/pdf", SafeFileName.Of(uploadName, "pdf"), document.NumberOfPages), null);
        }
        catch (UglyToad.PdfPig.Exceptions.PdfDocumentEncryptedException)
        {
            return (null, Encrypted(shownName));
        }
#pragma warning disable CA1031 // A broken upload is the staff member's problem to fix, reported on the form, never a 500.
        catch (Exception)
#pragma warning restore CA1031
        {
            return (null, $"Die PDF-Datei „{shownName}“ ist beschädigt und lässt sich nicht lesen. Bitte erzeugen Sie sie neu und laden Sie sie noch einmal hoch.");
        }
    }

    /// <summary>The raw bytes show names in plain objects; the parsed objects also those inside compressed object streams.</summary>
    private static bool HasActiveObjects(PdfDocument document)
    {
        foreach (var reference in document.Structure.CrossReferenceTable.ObjectOffsets.Keys)
        {
            var token = document.Structure.GetObject(reference).Data;
            var dictionary = token switch
            {
                DictionaryToken d => d,
                StreamToken s => s.StreamDictionary,
                _ => null,
            };
            if (dictionary is not null && (dictionary.Data.Keys.Any(k => ActiveNames.Contains(k, StringComparer.Ordinal))
                || (dictionary.Data.TryGetValue(NameToken.Type.Data, out var type) && type is NameToken { Data: "EmbeddedFile" })))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A PDF name ends at a delimiter or white space, so "/JS" must not match "/JSON".</summary>
    private static bool ContainsName(string text, string name)
    {
        var marker = "/" + name;
        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var end = at + marker.Length;
            if (end >= text.Length || !char.IsAsciiLetterOrDigit(text[end]))
            {
                return true;
            }
        }

        return false;
    }

    private static string Recognised(byte[] data)
    {
        var head = Encoding.ASCII.GetString(data, 0, Math.Min(data.Length, 512)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n').ToLowerInvariant();
        return head switch
        {
            _ when head.StartsWith("mz", StringComparison.Ordinal) => "ein Windows-Programm",
            _ when head.StartsWith('<') && (head.Contains("<html", StringComparison.Ordinal) || head.Contains("<!doctype", StringComparison.Ordinal) || head.Contains("<script", StringComparison.Ordinal)) => "eine Webseite (HTML)",
            _ when head.StartsWith("\u007felf", StringComparison.Ordinal) => "ein Programm",
            _ when head.StartsWith("pk", StringComparison.Ordinal) => "ein ZIP-Archiv oder Office-Dokument",
            _ => "von unbekanntem Typ",
        };
    }

    private static bool StartsWith(byte[] data, string magic) =>
        data.Length >= magic.Length && data.AsSpan(0, magic.Length).SequenceEqual(Encoding.Latin1.GetBytes(magic));

    private static bool Allowed(PublicationFileOptions options, string extension) =>
        options.AllowedFormats.Contains(extension, StringComparer.OrdinalIgnoreCase);

    private static string NotAllowed(PublicationFileOptions options) =>
        $"Erlaubt sind: {string.Join(", ", options.AllowedFormats.Select(f => f.ToUpperInvariant()))}.";

    private static string ActiveContent(string shownName) =>
        $"Die PDF-Datei „{shownName}“ enthält JavaScript oder eingebettete Dateien. Solche PDFs werden aus Sicherheitsgründen nicht veröffentlicht. Bitte speichern Sie das Dokument ohne diese Inhalte neu (z. B. über „Als PDF drucken“).";

    private static string Encrypted(string shownName) =>
        $"Die PDF-Datei „{shownName}“ ist verschlüsselt oder mit einem Passwort geschützt. Bitte laden Sie eine Fassung ohne Schutz hoch, damit alle sie öffnen können.";

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("0.#", German) + " MB";
}
