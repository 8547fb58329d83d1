using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Office;

/// <summary>The office's contact card: one item, always public, so no list, workflow or deletion.</summary>
public sealed class OfficeDefinition(AppDbContext db) : ContentDefinition<OfficeProfile, OfficeEditModel>(db)
{
    public const string ContentKey = "office";

    public override string Key => ContentKey;

    public override string Label => "Kontaktdaten";

    public override ContentWording Wording { get; } = new(
        "Kontaktdaten", "Kontaktdaten", "Kontaktdaten bearbeiten", "die Kontaktdaten", "sie", "Kontaktdaten");

    public override int? SingletonId => OfficeProfile.SingletonId;

    public override async Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        await db.OfficeProfiles.AsNoTracking()
            .Select(p => new ContentEntry(
                new ContentRef("office", p.Id),
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? "Kontaktdaten",
                PublishState.Published, p.UpdatedAt, p.UpdatedBy, null, null,
                p.Translations.Select(t => t.Culture).ToList()))
            .ToListAsync(cancellationToken);

    public override Task<OfficeProfile?> LoadAsync(int id, CancellationToken cancellationToken) =>
        Db.OfficeProfiles.Include(p => p.Translations).Include(p => p.OpeningHours).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    public override string TitleOf(OfficeProfile item) => "Kontaktdaten";

    public override OfficeProfile NewItem() => new();

    public override OfficeEditModel NewModel() => new();

    public override OfficeEditModel ToModel(OfficeProfile item) => OfficeEditModel.From(item);

    public override OfficeEditModel PrepareForm(OfficeEditModel model) => model.WithBlankHourRows();

    public override Task ApplyAsync(OfficeProfile item, OfficeEditModel model, CancellationToken cancellationToken)
    {
        model.ApplyTo(item);
        return Task.CompletedTask;
    }

    public override string? PublicPath(OfficeProfile item, string culture) => $"/{culture}/contact";
}
