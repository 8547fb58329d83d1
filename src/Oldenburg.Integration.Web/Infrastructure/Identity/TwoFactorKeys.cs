using System.Globalization;
using System.Text;
using QRCoder;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// What the set-up page shows for an authenticator key: the otpauth URI, the key in groups of four
/// for typing, and the QR code as inline SVG markup (no image request, no data: URL, no script).
/// </summary>
public static class TwoFactorKeys
{
    public const string Issuer = "Stadt Oldenburg Integration";

    public static string OtpAuthUri(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}"
        + $"?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    public static string Grouped(string key)
    {
        var text = key.ToUpperInvariant();
        return string.Join(' ', Enumerable.Range(0, (text.Length + 3) / 4).Select(i => text.Substring(i * 4, Math.Min(4, text.Length - (i * 4)))));
    }

    /// <summary>One path of unit squares over QRCoder's module matrix, which already includes the quiet zone.</summary>
    public static string QrSvg(string content, string label)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var matrix = data.ModuleMatrix;
        var size = matrix.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (matrix[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        var encodedLabel = System.Net.WebUtility.HtmlEncode(label);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" width=\"240\" height=\"240\" "
            + $"role=\"img\" aria-label=\"{encodedLabel}\" shape-rendering=\"crispEdges\">"
            + $"<rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path fill=\"#000\" d=\"{path}\"/></svg>";
    }
}
