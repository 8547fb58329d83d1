using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Oldenburg.Integration.Web.Areas.Admin.Users;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

public static class AccountServices
{
    /// <summary>Invitations, password resets and account administration, with their lifetimes from Accounts:*.</summary>
    public static IServiceCollection AddStaffAccountLifecycle(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>()
            .BindConfiguration(AccountOptions.Section)
            .Validate(o => o.InvitationLifetime > TimeSpan.Zero && o.PasswordResetLifetime > TimeSpan.Zero, "Accounts:InvitationLifetime and Accounts:PasswordResetLifetime must be positive.")
            .ValidateOnStart();

        // Only password resets use Identity's data-protection tokens here, so their lifetime is the reset link's.
        services.AddOptions<DataProtectionTokenProviderOptions>()
            .Configure<IOptions<AccountOptions>>((tokens, accounts) => tokens.TokenLifespan = accounts.Value.PasswordResetLifetime);
        services.AddScoped<StaffInvitations>();
        services.AddScoped<InvitationAcceptance>();
        services.AddScoped<StaffAccountAdmin>();
        services.AddSingleton<InvitationMail>();
        services.AddSingleton<PasswordResetMail>();
        services.AddSingleton<SecurityNotices>();
        return services;
    }
}
