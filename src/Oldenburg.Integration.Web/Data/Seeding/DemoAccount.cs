using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>A sign-in for trying the admin area on a developer machine. Never created outside Development.</summary>
public static partial class DemoAccount
{
    public const string Email = "redaktion@example.org";
    public const string Password = "Demo-Redaktion-2026";

    public static async Task EnsureAsync(IServiceProvider services, ILogger logger)
    {
        var accounts = services.GetRequiredService<StaffAccounts>();
        if (!await accounts.ExistsAsync(Email))
        {
            await accounts.CreateAsync(Email, "Demo-Redaktion", Password, StaffRoles.Administrator);
        }

        LogDemo(logger);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Development demo account is active: see README for the sign-in at /admin")]
    private static partial void LogDemo(ILogger logger);
}
