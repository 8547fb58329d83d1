using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>
/// An existing entry's values in the shape of a suggestion: pre-fills the correction form and is the
/// "current" column of the moderation view. Texts are those a reader of <see cref="TextCulture"/> sees.
/// </summary>
public sealed record PartnerSnapshot(
    int Id,
    string Slug,
    PublishState State,
    string Name,
    string? TypeKey,
    string? DistrictKey,
    IReadOnlyList<string> TopicKeys,
    IReadOnlyList<string> LanguageKeys,
    string? Street,
    string? PostalCode,
    string? City,
    string? Phone,
    string? Email,
    string? Website,
    bool BarrierFree,
    string? ShortDescription,
    string? Description,
    string? TextCulture,
    DateTime UpdatedAt,
    string UpdatedBy)
{
    public static Task<PartnerSnapshot?> PublishedBySlugAsync(AppDbContext db, string slug, string culture, CancellationToken cancellationToken) =>
        LoadAsync(db, p => p.Slug == slug && p.State == PublishState.Published, culture, cancellationToken);

    public static async Task<PartnerSnapshot?> LoadAsync(
        AppDbContext db, Expression<Func<Partner, bool>> filter, string culture, CancellationToken cancellationToken)
    {
        var partner = await db.Partners.AsNoTracking().AsSplitQuery()
            .Include(p => p.Type).Include(p => p.District).Include(p => p.Topics).Include(p => p.Languages)
            .Include(p => p.Translations.Where(t => t.Culture == culture || t.Culture == ContentTranslation.SourceCulture))
            .Where(filter)
            .SingleOrDefaultAsync(cancellationToken);
        return partner is null ? null : From(partner, culture);
    }

    public static PartnerSnapshot From(Partner partner, string culture)
    {
        var text = partner.Translations.ForCulture(culture);
        return new PartnerSnapshot(
            partner.Id,
            partner.Slug,
            partner.State,
            partner.Name,
            partner.Type?.Key,
            partner.District?.Key,
            [.. partner.Topics.OrderBy(t => t.SortOrder).Select(t => t.Key)],
            [.. partner.Languages.OrderBy(l => l.SortOrder).Select(l => l.Key)],
            partner.Street,
            partner.PostalCode,
            partner.City,
            partner.Phone,
            partner.Email,
            partner.Website,
            partner.BarrierFree,
            text?.Value.ShortDescription,
            text?.Value.Description,
            text?.Culture,
            partner.UpdatedAt,
            partner.UpdatedBy);
    }

    public SuggestionFormModel ToForm() => new()
    {
        Name = Name,
        TypeKey = TypeKey,
        DistrictKey = DistrictKey,
        TopicKeys = [.. TopicKeys],
        LanguageKeys = [.. LanguageKeys],
        Street = Street,
        PostalCode = PostalCode,
        City = City,
        Phone = Phone,
        Email = Email,
        Website = Website,
        BarrierFree = BarrierFree,
        ShortDescription = ShortDescription,
        Description = Description,
    };
}
