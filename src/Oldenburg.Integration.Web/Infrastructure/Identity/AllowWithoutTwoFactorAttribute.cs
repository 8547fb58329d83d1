namespace Oldenburg.Integration.Web.Infrastructure.Identity;

/// <summary>
/// Marks staff pages that stay open while 2FA is required and the account has none yet: the set-up
/// itself, signing out and the account's own pages. Everything else redirects to the set-up.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
