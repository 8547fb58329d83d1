using Microsoft.AspNetCore.DataProtection;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Areas.Admin.Dashboard;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Areas.Admin.Translations;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Features.Contact;
using Oldenburg.Integration.Web.Features.Events;
using Oldenburg.Integration.Web.Features.Monitor;
using Oldenburg.Integration.Web.Features.News;
using Oldenburg.Integration.Web.Features.Offers;
using Oldenburg.Integration.Web.Features.Pages;
using Oldenburg.Integration.Web.Features.Partners;
using Oldenburg.Integration.Web.Features.Publications;
using Oldenburg.Integration.Web.Features.Search;
using Oldenburg.Integration.Web.Features.Sitemap;
using Oldenburg.Integration.Web.Features.Suggestions;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;
using Oldenburg.Integration.Web.Infrastructure.Files;
using Oldenburg.Integration.Web.Infrastructure.Forms;
using Oldenburg.Integration.Web.Infrastructure.Mail;
using Oldenburg.Integration.Web.Infrastructure.OpenData;
using Oldenburg.Integration.Web.Infrastructure.RichText;

namespace Oldenburg.Integration.Web.Infrastructure;

public static class AppServicesExtensions
{
    public static IServiceCollection AddAppServices(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<DatabaseInitializer>();
        services.AddSiteAddress(configuration, environment);
        var loginAttemptsPerMinute = configuration.GetValue("Security:LoginAttemptsPerMinute", 10);
        var suggestionsPerHour = configuration.GetValue("Suggestions:PerHour", 5);
        var messagesPerHour = configuration.GetValue("Contact:PerHour", 5);
        var openDataPerMinute = configuration.GetValue("OpenData:PerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;

            // Slows password guessing from one address on top of Identity's per-account lockout.
            o.AddPerClientPolicy("login", loginAttemptsPerMinute, TimeSpan.FromMinutes(1));

            // Keep one address from flooding the moderation queue and the inbox; the honeypot catches the simpler bots.
            o.AddPerClientPolicy(SuggestionServices.RateLimitPolicy, suggestionsPerHour, TimeSpan.FromHours(1));
            o.AddPerClientPolicy(ContactServices.RateLimitPolicy, messagesPerHour, TimeSpan.FromHours(1));

            // A whole-directory download costs the database far more than a page view.
            o.AddPerClientPolicy(OpenDataController.RateLimitPolicy, openDataPerMinute, TimeSpan.FromMinutes(1));
        });
        services.AddScoped<OfferQueries>();
        services.AddScoped<Features.Shared.TranslationReviews>();
        services.AddScoped<Features.Concept.ConceptQueries>();
        services.AddScoped<OfficeQueries>();
        services.AddScoped<PageQueries>();
        services.AddScoped<PartnerQueries>();
        services.AddScoped<PartnerDirectoryIndexCache>();
        services.AddSingleton<BackgroundStart>();
        services.AddScoped<PartnerLookupCache>();
        services.AddPartnerAdmin();
        services.AddContentAdmin();
        services.AddScheduling();
        services.AddScoped<TranslationTracker>();
        services.AddSingleton(new DashboardSection("TranslationsDashboardCard", 10));
        services.AddRevisions();
        services.AddPublicCaching();
        services.AddRedisScaleOut(configuration);
        services.AddMailOutbox(configuration);
        services.AddControlCharacterForms();
        services.AddSuggestions(configuration);
        services.AddContactMessages(configuration);
        services.AddAuditLog(configuration);
        services.AddSitemap(configuration);
        services.AddPublications(configuration);
        services.AddNews();
        services.AddMonitor();

        services.AddEvents();
        services.AddRichText();
        services.AddLinksAndLiterature(configuration);
        services.AddSiteSearch();

        // Keys live in the database: they outlive restarts and every instance reads the same ones, so a sign-in
        // cookie or antiforgery token issued by one instance is valid on all. They are never committed.
        services.AddDataProtection().SetApplicationName("Oldenburg.Integration").PersistKeysToDbContext<AppDbContext>();
        services.AddScoped<FolderImport>();
        services.AddScoped<StagedUploads>();
        return services;
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<FolderImport>().ImportOnceAsync();
        if (app.Environment.IsDevelopment() && scope.ServiceProvider.GetRequiredService<DatabaseOptions>().SeedOnStartup)
        {
            await DemoAccount.EnsureAsync(scope.ServiceProvider, app.Logger);
        }

        var addresses = app.Urls.Count > 0 ? string.Join(", ", app.Urls) : app.Configuration["urls"] ?? "http://localhost:5000";
        Console.WriteLine($"Oldenburg.Integration is starting on {addresses} (German: /de/, admin: /admin).");
        if (app.Environment.IsDevelopment())
        {
            Console.WriteLine($"Development demo sign-in: {DemoAccount.Email} / {DemoAccount.Password}");
        }
    }
}
