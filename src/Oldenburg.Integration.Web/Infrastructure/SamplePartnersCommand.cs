using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// <c>seed-sample-partners 10000</c>: adds N synthetic, published partners for benchmarks and exits.
/// The data is pseudo-random with a fixed seed, so two runs on empty databases produce the same
/// directory and benchmark results stay comparable.
/// </summary>
public static class SamplePartnersCommand
{
    public const string Name = "seed-sample-partners";
    private const int BatchSize = 500;

    private static readonly string[] Words =
    [
        "Beratung", "Begegnung", "Sprachcafé", "Nachbarschaft", "Familien", "Jugend", "Frauen", "Arbeit",
        "Ärzte", "Schule", "Wohnen", "Kultur", "Sport", "Recht", "Gesundheit", "Ehrenamt", "Café", "Hilfe",
    ];

    private static readonly string[] Streets = ["Hauptstraße", "Bahnhofstraße", "Gartenstraße", "Schulstraße", "Lindenallee", "Kirchweg"];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var index = Array.IndexOf(args, Name);
        if (index + 1 >= args.Length || !int.TryParse(args[index + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} <count>   (e.g. {Name} 10000)");
            return 2;
        }

        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().SeedPartnersAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var typeIds = await db.PartnerTypes.Select(t => t.Id).ToListAsync();
        var districtIds = await db.Districts.Select(d => d.Id).ToListAsync();
        if (typeIds.Count == 0)
        {
            await Console.Error.WriteLineAsync("No partner types exist; start the site once with Database:SeedOnStartup=true.");
            return 1;
        }

        var offset = await db.Partners.CountAsync(p => p.Slug.StartsWith("beispielverein-"));
        var random = new Random(20261126);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var stopwatch = Stopwatch.StartNew();

        // Inserting thousands of graphs is dominated by change detection unless it is switched off.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var done = 0; done < count; done += BatchSize)
        {
            // Loaded per batch: after Clear() the old instances still reference the previous batch.
            var topics = await db.Topics.ToListAsync();
            var languages = await db.ServiceLanguages.ToListAsync();
            foreach (var number in Enumerable.Range(offset + done + 1, Math.Min(BatchSize, count - done)))
            {
                var partner = Create(number, random, typeIds, districtIds, topics, languages, now);
                db.Partners.Add(partner);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Inserted {count} sample partners in {stopwatch.Elapsed.TotalSeconds:F1} s."));
        return 0;
    }

    private static Partner Create(int number, Random random, List<int> typeIds, List<int> districtIds, List<Topic> topics, List<ServiceLanguage> languages, DateTime now)
    {
        var word = Words[random.Next(Words.Length)];
        var other = Words[random.Next(Words.Length)];
        var partner = new Partner
        {
            Slug = string.Create(CultureInfo.InvariantCulture, $"beispielverein-{number:D5}"),
            Name = string.Create(CultureInfo.InvariantCulture, $"Beispielverein {number:D5} {word} und {other}"),
            State = PublishState.Published,
            IsSample = true,
            PartnerTypeId = typeIds[random.Next(typeIds.Count)],
            DistrictId = districtIds.Count == 0 ? null : districtIds[random.Next(districtIds.Count)],
            Street = string.Create(CultureInfo.InvariantCulture, $"{Streets[random.Next(Streets.Length)]} {random.Next(1, 120)}"),
            PostalCode = string.Create(CultureInfo.InvariantCulture, $"261{random.Next(21, 36)}"),
            City = "Oldenburg",
            Phone = string.Create(CultureInfo.InvariantCulture, $"0441 0000-{random.Next(1000, 9999)}"),
            Email = string.Create(CultureInfo.InvariantCulture, $"verein{number:D5}@example.org"),
            BarrierFree = random.Next(3) == 0,
            AppointmentOnly = random.Next(4) == 0,
            LastCheckedAt = now.AddDays(-random.Next(0, 900)),
            LastCheckedBy = DatabaseInitializer.SystemUser,
            OpeningHours = [.. Enumerable.Range(1, random.Next(0, 4)).Select(d => new OpeningHoursRule
            {
                Day = (DayOfWeek)d,
                Opens = new TimeOnly(9 + random.Next(3), 0),
                Closes = new TimeOnly(13 + random.Next(5), 0),
            })],
            Topics = [.. topics.OrderBy(_ => random.Next()).Take(random.Next(1, 4))],
            Languages = [.. languages.OrderBy(_ => random.Next()).Take(random.Next(1, 5))],
            Translations =
            [
                new PartnerTranslation
                {
                    Culture = ContentTranslation.SourceCulture,
                    ShortDescription = $"Synthetischer Beispieleintrag für Lasttests: {word}, {other} und Begegnung im Stadtteil.",
                    Description = "Dieser Eintrag wurde automatisch erzeugt und beschreibt keine echte Organisation.",
                },
            ],
        };
        if (random.Next(2) == 0)
        {
            partner.Translations.Add(new PartnerTranslation
            {
                Culture = "en",
                ShortDescription = $"Synthetic sample entry for load tests ({number}).",
            });
        }

        partner.Touch(DatabaseInitializer.SystemUser, now);
        partner.RefreshSearchFields();
        return partner;
    }
}
