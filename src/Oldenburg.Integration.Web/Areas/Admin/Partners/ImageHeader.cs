using System.Buffers.Binary;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

public sealed record ImageInfo(string Extension, string ContentType, int Width, int Height);

/// <summary>
/// Recognises PNG, JPEG and WebP by their magic bytes and reads the pixel size from the header,
/// without decoding the image: a decoder library is a large attack surface for a logo upload.
/// </summary>
public static class ImageHeader
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ImageInfo? Read(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith(PngSignature))
        {
            return ReadPng(data);
        }

        if (data.Length > 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF)
        {
            return ReadJpeg(data);
        }

        if (data.Length >= 30 && data[..4].SequenceEqual("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return ReadWebP(data);
        }

        return null;
    }

    private static ImageInfo? ReadPng(ReadOnlySpan<byte> data)
    {
        // The first chunk must be IHDR: width and height as big-endian 32-bit integers.
        if (data.Length < 24 || !data[12..16].SequenceEqual("IHDR"u8))
        {
            return null;
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(data[16..]);
        var height = BinaryPrimitives.ReadUInt32BigEndian(data[20..]);
        return Sized("png", "image/png", width, height);
    }

    private static ImageInfo? ReadJpeg(ReadOnlySpan<byte> data)
    {
        var i = 2;
        while (i + 3 < data.Length)
        {
            if (data[i] != 0xFF)
            {
                return null;
            }

            var marker = data[i + 1];
            if (marker == 0xFF)
            {
                i++; // fill byte
                continue;
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                i += 2; // markers without a length
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 2)..]);
            if (length < 2)
            {
                return null;
            }

            // Start-of-frame markers (all but DHT C4, JPG C8 and DAC CC) carry the frame size.
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                if (i + 9 > data.Length)
                {
                    return null;
                }

                var height = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 5)..]);
                var width = BinaryPrimitives.ReadUInt16BigEndian(data[(i + 7)..]);
                return Sized("jpg", "image/jpeg", width, height);
            }

            if (marker is 0xD9 or 0xDA)
            {
                return null; // end of image or scan data before any frame header
            }

            i += 2 + length;
        }

        return null;
    }

    private static ImageInfo? ReadWebP(ReadOnlySpan<byte> data)
    {
        var chunk = data[12..16];
        if (chunk.SequenceEqual("VP8 "u8))
        {
            // Lossy: a key frame starts with the start code 9D 01 2A, then 14-bit width and height.
            if (data[23] != 0x9D || data[24] != 0x01 || data[25] != 0x2A)
            {
                return null;
            }

            return Sized("webp", "image/webp", BinaryPrimitives.ReadUInt16LittleEndian(data[26..]) & 0x3FFFu, BinaryPrimitives.ReadUInt16LittleEndian(data[28..]) & 0x3FFFu);
        }

        if (chunk.SequenceEqual("VP8L"u8))
        {
            // Lossless: signature 0x2F, then 14 bits width-1 and 14 bits height-1.
            if (data[20] != 0x2F)
            {
                return null;
            }

            var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[21..]);
            return Sized("webp", "image/webp", (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1);
        }

        if (chunk.SequenceEqual("VP8X"u8))
        {
            // Extended: 24-bit canvas width-1 and height-1 after the flags.
            var width = data[24] | (data[25] << 8) | (data[26] << 16);
            var height = data[27] | (data[28] << 8) | (data[29] << 16);
            return Sized("webp", "image/webp", (uint)width + 1, (uint)height + 1);
        }

        return null;
    }

    private static ImageInfo? Sized(string extension, string contentType, uint width, uint height) =>
        width is 0 or > int.MaxValue || height is 0 or > int.MaxValue
            ? null
            : new ImageInfo(extension, contentType, (int)width, (int)height);
}
