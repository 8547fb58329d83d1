using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// A one-page PDF really encrypted with the standard security handler (revision 2, 40-bit RC4, as
/// in PDF 1.7 section 7.6.3), written here so that no binary fixture is committed. With a user
/// password nobody can open it without that password; with only an owner password it opens, but
/// the file is still encrypted and restricted.
/// </summary>
public static class EncryptedPdf
{
    private static readonly byte[] Padding = Convert.FromHexString("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");

    /// <summary>Printing allowed, changing and copying not (bits 1–2 must be 0, the high bits 1).</summary>
    private const int Permissions = -44;

    public static byte[] Create(string userPassword, string ownerPassword)
    {
        var id = RandomNumberGenerator.GetBytes(16);
        var owner = Rc4(Md5(Pad(ownerPassword))[..5], Pad(userPassword));
        var key = Md5([.. Pad(userPassword), .. owner, .. BitConverter.GetBytes(Permissions), .. id])[..5];
        var user = Rc4(key, Padding);

        var content = Encoding.ASCII.GetBytes("BT /F1 24 Tf 72 720 Td (Geschuetzt) Tj ET");
        var encryptedContent = Rc4(ObjectKey(key, 4), content);

        var pdf = new MemoryStream();
        var offsets = new List<long>();
        Write(pdf, "%PDF-1.4\n");
        void Object(int number, string body, byte[]? stream = null)
        {
            offsets.Add(pdf.Position);
            Write(pdf, $"{number} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write(pdf, "stream\n");
                pdf.Write(stream);
                Write(pdf, "\nendstream\n");
            }

            Write(pdf, "endobj\n");
        }

        Object(1, "<< /Type /Catalog /Pages 2 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        Object(4, $"<< /Length {encryptedContent.Length} >>", encryptedContent);
        Object(5, "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");

        var xref = pdf.Position;
        var table = new StringBuilder("xref\n0 6\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            table.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        Write(pdf, table.ToString());
        var hexId = Convert.ToHexString(id);
        Write(pdf, $"trailer\n<< /Size 6 /Root 1 0 R /ID [<{hexId}> <{hexId}>] /Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P {Permissions} /O <{Convert.ToHexString(owner)}> /U <{Convert.ToHexString(user)}> >> >>\n");
        Write(pdf, $"startxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    private static byte[] Pad(string password) => [.. Encoding.Latin1.GetBytes(password).Take(32), .. Padding.Take(Math.Max(0, 32 - password.Length))];

    private static byte[] ObjectKey(byte[] key, int objectNumber) =>
        Md5([.. key, (byte)objectNumber, (byte)(objectNumber >> 8), (byte)(objectNumber >> 16), 0, 0])[..(key.Length + 5)];

    // The PDF standard fixes MD5 and RC4 for this handler; nothing here protects anything.
#pragma warning disable CA5351
    private static byte[] Md5(byte[] data) => MD5.HashData(data);
#pragma warning restore CA5351

    private static byte[] Rc4(byte[] key, byte[] data)
    {
        var s = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        for (int i = 0, j = 0; i < 256; i++)
        {
            j = (j + s[i] + key[i % key.Length]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
        }

        var output = new byte[data.Length];
        for (int n = 0, i = 0, j = 0; n < data.Length; n++)
        {
            i = (i + 1) & 0xFF;
            j = (j + s[i]) & 0xFF;
            (s[i], s[j]) = (s[j], s[i]);
            output[n] = (byte)(data[n] ^ s[(s[i] + s[j]) & 0xFF]);
        }

        return output;
    }

    private static void Write(Stream stream, string text) => stream.Write(Encoding.Latin1.GetBytes(text));
}
