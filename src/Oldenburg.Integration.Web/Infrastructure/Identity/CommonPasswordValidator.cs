using System.Collections.Frozen;
using Microsoft.AspNetCore.Identity;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// NIST SP 800-63B: instead of composition rules, refuse passwords that appear in a list of common
/// and breached ones (CommonPasswords/README.md says where the list comes from).
/// </summary>
public sealed class CommonPasswordValidator : IPasswordValidator<StaffUser>
{
    public const string ErrorCode = "PasswordTooCommon";

    private const string ResourceName = "Oldenburg.Integration.Web.CommonPasswords.txt";

    private static readonly Lazy<FrozenSet<string>> s_common = new(Load);

    public static bool IsCommon(string password) => s_common.Value.Contains(password.Trim());

    public Task<IdentityResult> ValidateAsync(UserManager<StaffUser> manager, StaffUser user, string? password) =>
        Task.FromResult(password is not null && IsCommon(password)
            ? IdentityResult.Failed(new IdentityError { Code = ErrorCode, Description = IdentityMessages.TooCommon })
            : IdentityResult.Success);

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswordValidator).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var passwords = new List<string>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Length > 0)
            {
                passwords.Add(line);
            }
        }

        return passwords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
