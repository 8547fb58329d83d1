using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Builds a field of action of the integration concept: published, a unique slug, linked to the given offers and partners.</summary>
public sealed class FieldOfActionBuilder
{
    private readonly List<FieldOfActionTranslation> _translations = [];
    private readonly List<int> _offerIds = [];
    private readonly List<int> _partnerIds = [];
    private readonly string _slug = Unique.Name("handlungsfeld");
    private PublishState _state = PublishState.Published;

    public string Slug => _slug;

    public FieldOfActionBuilder WithTranslation(string culture, string title, string? goal = null, params string[] measures)
    {
        _translations.RemoveAll(t => t.Culture == culture);
        _translations.Add(new FieldOfActionTranslation
        {
            Culture = culture,
            Title = title,
            Goal = goal ?? $"{title} (Ziel)",
            MeasuresText = string.Join('\n', measures),
        });
        return this;
    }

    public FieldOfActionBuilder Draft()
    {
        _state = PublishState.Draft;
        return this;
    }

    public FieldOfActionBuilder WithOffer(int id)
    {
        _offerIds.Add(id);
        return this;
    }

    public FieldOfActionBuilder WithPartner(int id)
    {
        _partnerIds.Add(id);
        return this;
    }

    public Task<FieldOfAction> InsertAsync(SiteFactory site) => site.WithDbAsync(async db =>
    {
        var field = new FieldOfAction
        {
            Slug = _slug,
            State = _state,
            SortOrder = 500,
            Translations = [.. _translations],
            Offers = await db.Offers.Where(o => _offerIds.Contains(o.Id)).ToListAsync(),
            Partners = await db.Partners.Where(p => _partnerIds.Contains(p.Id)).ToListAsync(),
        };
        field.Touch("tests", DateTime.UtcNow);
        db.FieldsOfAction.Add(field);
        await db.SaveChangesAsync();
        return field;
    });
}
