using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>A site with <see cref="Count"/> published partners named after <see cref="Token"/>, and a gate on the partner queries.</summary>
public sealed class LargeDirectorySite : SiteFactory, IAsyncLifetime
{
    public const int Count = 1500;

    public string Token { get; } = "gross" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>Every partner list is ordered by the name's sort key, the lookups and counts are not.</summary>
    public ReadGate Gate { get; } = new("\"NameSortKey\"", rows: 300);

    public static string Slug(int index) => $"gross-{index:D4}";

    public async Task InitializeAsync() => await this.WithDbAsync(async db =>
    {
        var type = await db.PartnerTypes.SingleAsync(t => t.Key == "counselling");
        for (var i = 0; i < Count; i++)
        {
            var partner = new Partner
            {
                Slug = Slug(i),
                Name = $"Gross {Token} {i:D4}",
                State = PublishState.Published,
                Type = type,
                Street = "Teststraße 1",
                PostalCode = "26122",
                City = "Oldenburg",
                Translations = [new PartnerTranslation { Culture = "de", ShortDescription = $"Beratung für alle Fragen rund um Sprache, Arbeit und Wohnen, Nummer {i}." }],
            };
            partner.Touch("tests", DateTime.UtcNow);
            partner.RefreshSearchFields();
            db.Partners.Add(partner);
        }

        await db.SaveChangesAsync();
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(Gate)));
    }
}
