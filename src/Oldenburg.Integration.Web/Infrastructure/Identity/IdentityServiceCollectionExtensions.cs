using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Oldenburg.Integration.Web.Data;

namespace Oldenburg.Integration.Web.Infrastructure.Identity;

public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddAppIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddIdentity<StaffUser, IdentityRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                // NIST SP 800-63B: length and a blocklist (CommonPasswordValidator), no composition rules.
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();

        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/admin/account/login";
            o.LogoutPath = "/admin/account/logout";
            o.AccessDeniedPath = "/admin/account/denied";
            o.Cookie.Name = "oi.staff";
            o.Cookie.HttpOnly = true;

            // Only the local development server runs on plain http; everywhere else the cookie must never travel unencrypted.
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.Path = "/admin";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnRedirectToLogin = RedirectWithinSite;
            o.Events.OnRedirectToAccessDenied = RedirectWithinSite;
        });

        // The half-signed-in state between password and code: as tightly scoped as the staff cookie, and short-lived.
        foreach (var scheme in new[] { IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, o =>
            {
                o.Cookie.Name = scheme == IdentityConstants.TwoFactorUserIdScheme ? "oi.staff.2fa" : "oi.staff.2fa-remember";
                o.Cookie.HttpOnly = true;
                o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.Path = "/admin";
            });
        }

        services.AddScoped<SecuritySettingsStore>();
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new RequireTwoFactorFilter()));

        // A locked or changed account loses its open sessions within a minute, not after the default 30.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<StaffAccounts>();
        services.AddStaffAccountLifecycle();
        return services;
    }

    /// <summary>
    /// The cookie handler builds an absolute address from the request's Host header (ADR 0009); a
    /// path-only redirect cannot send anyone to a host they did not ask for.
    /// </summary>
    private static Task RedirectWithinSite(RedirectContext<CookieAuthenticationOptions> context)
    {
        var target = new Uri(context.RedirectUri, UriKind.RelativeOrAbsolute);
        context.Response.Redirect(target.IsAbsoluteUri ? target.PathAndQuery : context.RedirectUri);
        return Task.CompletedTask;
    }
}
