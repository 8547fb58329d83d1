using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Builds an offer for a test: published, sort order 100 and a unique slug unless told otherwise.</summary>
public sealed class OfferBuilder
{
    private readonly List<OfferTranslation> _translations = [];
    private string _slug = Unique.Name("test-offer");
    private PublishState _state = PublishState.Published;
    private int _sortOrder = 100;

    public OfferBuilder WithSlug(string slug)
    {
        _slug = slug;
        return this;
    }

    public OfferBuilder WithTranslation(string culture, string title, string? summary = null, string? body = null)
    {
        _translations.RemoveAll(t => t.Culture == culture);
        _translations.Add(new OfferTranslation
        {
            Culture = culture,
            Title = title,
            Summary = summary ?? $"{title} (summary)",
            Body = body ?? $"{title} (body)",
        });
        return this;
    }

    public OfferBuilder Draft()
    {
        _state = PublishState.Draft;
        return this;
    }

    public OfferBuilder Published()
    {
        _state = PublishState.Published;
        return this;
    }

    public OfferBuilder WithSortOrder(int sortOrder)
    {
        _sortOrder = sortOrder;
        return this;
    }

    public Offer Build()
    {
        var offer = new Offer
        {
            Slug = _slug,
            State = _state,
            SortOrder = _sortOrder,
            Translations = [.. _translations],
        };
        offer.Touch("tests", DateTime.UtcNow);
        return offer;
    }
}
