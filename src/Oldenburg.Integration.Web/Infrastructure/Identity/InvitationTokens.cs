using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// 32 random bytes for the link; the database keeps only their SHA-256 hash. A fast hash is enough
/// because the token is random, not a password someone chose: there is nothing to guess from a list.
/// </summary>
public static class InvitationTokens
{
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>A token as the link carries it: 43 URL-safe characters. Anything else is not worth a database query.</summary>
    public static bool LooksValid(string? token) =>
        token is { Length: 43 } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
