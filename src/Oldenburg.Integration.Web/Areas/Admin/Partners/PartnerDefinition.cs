using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Partners;

namespace Oldenburg.Integration.Web.Areas.Admin.Partners;

/// <summary>
/// Partners differ from the other types by their lookups, opening hours and logo file. The
/// definition is per request, so it can carry the checked upload from validation to the save.
/// </summary>
public sealed class PartnerDefinition(AppDbContext db, PartnerEditor editor, LogoStore logos, PartnerQueries publicPartners, TimeProvider clock)
    : WorkflowContentDefinition<Partner, PartnerEditModel>(db)
{
    private (byte[] Data, ImageInfo Image)? _checkedLogo;

    public const string ContentKey = "partners";

    public override string Key => ContentKey;

    public override string Label => "Partner";

    public override ContentWording Wording { get; } = ContentWording.Entry with { Plural = "Partner" };

    protected override string PublicSegment => "partners";

    public override Task<IReadOnlyList<ContentEntry>> EntriesAsync(AppDbContext db, CancellationToken cancellationToken) =>
        PartnerAdminQueries.EntriesAsync(db, cancellationToken);

    public override Task<Partner?> LoadAsync(int id, CancellationToken cancellationToken) => editor.LoadAsync(id, cancellationToken);

    public override string TitleOf(Partner item) => item.Name;

    public override object? FormInfo(Partner item) => new PartnerEditInfo(item.LogoFile is not null, item.LastCheckedAt, item.LastCheckedBy, item.IsSample);

    public override PartnerEditModel PrepareForm(PartnerEditModel model) => model.WithBlankHourRows();

    public override async Task<object?> FormOptionsAsync(CancellationToken cancellationToken) => await editor.OptionsAsync(cancellationToken);

    public override async Task ValidateAsync(PartnerEditModel model, int? id, ModelStateDictionary modelState, CancellationToken cancellationToken)
    {
        await base.ValidateAsync(model, id, modelState, cancellationToken);
        _checkedLogo = await editor.ValidateAsync(model, id, await editor.OptionsAsync(cancellationToken), modelState, cancellationToken);
    }

    public override Task ApplyAsync(Partner item, PartnerEditModel model, CancellationToken cancellationToken) =>
        editor.ApplyAsync(item, model, _checkedLogo, cancellationToken);

    public override void Remove(Partner item)
    {
        base.Remove(item);
        logos.Remove(item.LogoFile);
    }

    public override async Task<PreviewPage?> PreviewAsync(Partner item, string culture, CancellationToken cancellationToken) =>
        await publicPartners.BySlugAsync(item.Slug, culture, includeUnpublished: true, cancellationToken) is { } partner
            ? new PreviewPage("~/Features/Partners/Details.cshtml", new PartnerDetailsViewModel(partner, OpeningStatus.At(partner.OpeningHours, clock.GetUtcNow())), partner.Name)
            : null;
}
