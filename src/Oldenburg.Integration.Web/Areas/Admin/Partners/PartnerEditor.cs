using System.Linq.Expressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

public sealed record LookupOption(int Id, string Key, string Name);

/// <summary>The choices of the partner form, with German names in the lists' own order.</summary>
public sealed record PartnerFormOptions(
    IReadOnlyList<LookupOption> Types,
    IReadOnlyList<LookupOption> Topics,
    IReadOnlyList<LookupOption> Languages,
    IReadOnlyList<LookupOption> Districts);

/// <summary>Loads, checks and applies the partner form: lookups that must still exist, topics, languages and the logo.</summary>
public sealed class PartnerEditor(AppDbContext db, LogoStore logos)
{
    public async Task<PartnerFormOptions> OptionsAsync(CancellationToken cancellationToken) => new(
        await OptionsOf(db.PartnerTypes, l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key), cancellationToken),
        await OptionsOf(db.Topics, l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key), cancellationToken),
        await OptionsOf(db.ServiceLanguages, l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key), cancellationToken),
        await OptionsOf(db.Districts, l => new LookupOption(l.Id, l.Key, l.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Name).FirstOrDefault() ?? l.Key), cancellationToken));

    public Task<Partner?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Partners
            .Include(p => p.Translations).Include(p => p.Topics).Include(p => p.Languages).Include(p => p.OpeningHours)
            .AsSplitQuery()
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    /// <summary>Checks what the model cannot check alone; adds errors next to the fields. Returns the checked logo, if one was uploaded.</summary>
    public async Task<(byte[] Data, ImageInfo Image)?> ValidateAsync(
        PartnerEditModel model, int? partnerId, PartnerFormOptions options, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        var slug = model.Slug?.Trim();
        if (!string.IsNullOrEmpty(slug) && await db.Partners.AnyAsync(p => p.Slug == slug && p.Id != partnerId, cancellationToken))
        {
            modelState.AddModelError(nameof(PartnerEditModel.Slug), "Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.");
        }

        if (model.PartnerTypeId is { } typeId && options.Types.All(t => t.Id != typeId))
        {
            modelState.AddModelError(nameof(PartnerEditModel.PartnerTypeId), "Diese Partnerart gibt es nicht mehr. Bitte wählen Sie eine andere.");
        }

        if (model.DistrictId is { } districtId && options.Districts.All(d => d.Id != districtId))
        {
            modelState.AddModelError(nameof(PartnerEditModel.DistrictId), "Diesen Stadtteil gibt es nicht mehr. Bitte wählen Sie einen anderen.");
        }

        if (model.TopicIds.Except(options.Topics.Select(t => t.Id)).Any())
        {
            modelState.AddModelError(nameof(PartnerEditModel.TopicIds), "Ein gewähltes Thema gibt es nicht mehr. Bitte laden Sie die Seite neu.");
        }

        if (model.LanguageIds.Except(options.Languages.Select(l => l.Id)).Any())
        {
            modelState.AddModelError(nameof(PartnerEditModel.LanguageIds), "Eine gewählte Sprache gibt es nicht mehr. Bitte laden Sie die Seite neu.");
        }

        if (model.Logo is null)
        {
            return null;
        }

        var (data, image, error) = await LogoStore.ReadAsync(model.Logo, cancellationToken);
        if (error is not null)
        {
            modelState.AddModelError(nameof(PartnerEditModel.Logo), error);
            return null;
        }

        return (data!, image!);
    }

    /// <summary>Applies a valid form to a new or loaded partner; a new logo and the removal of the replaced one are saved with it.</summary>
    public async Task ApplyAsync(Partner partner, PartnerEditModel model, (byte[] Data, ImageInfo Image)? logo, CancellationToken cancellationToken)
    {
        model.ApplyTo(partner);
        var topicIds = model.TopicIds.Distinct().ToList();
        var languageIds = model.LanguageIds.Distinct().ToList();
        partner.Topics = await db.Topics.Where(t => topicIds.Contains(t.Id)).ToListAsync(cancellationToken);
        partner.Languages = await db.ServiceLanguages.Where(l => languageIds.Contains(l.Id)).ToListAsync(cancellationToken);

        var oldLogo = partner.LogoFile;
        if (logo is { } upload)
        {
            (partner.LogoFile, partner.LogoContentType) = (logos.Add(upload.Data, upload.Image), upload.Image.ContentType);
        }
        else if (model.RemoveLogo)
        {
            (partner.LogoFile, partner.LogoContentType) = (null, null);
        }

        // Saving the form means staff have looked at every field, so the invented details are now theirs.
        partner.IsSample = false;
        partner.RefreshSearchFields();
        if (oldLogo is not null && oldLogo != partner.LogoFile)
        {
            await logos.RemoveAsync(oldLogo, cancellationToken);
        }
    }

    private static async Task<IReadOnlyList<LookupOption>> OptionsOf<T>(IQueryable<T> lookups, Expression<Func<T, LookupOption>> projection, CancellationToken cancellationToken)
        where T : LookupItem =>
        await lookups.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Key).Select(projection).ToListAsync(cancellationToken);
}
