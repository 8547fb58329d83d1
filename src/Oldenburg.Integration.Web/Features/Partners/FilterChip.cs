using Microsoft.Extensions.Localization;

namespace Oldenburg.Integration.Web.Features.Partners;

/// <summary>An active filter value shown as a link that reloads the list without it.</summary>
public sealed record FilterChip(string Label, string RemoveUrl)
{
    public static IReadOnlyList<FilterChip> For(PartnerFilter filter, PartnerLookups lookups, string listPath, IStringLocalizer localizer)
    {
        var chips = new List<FilterChip>();
        void Add(string label, string key, string? value = null) => chips.Add(new(label, listPath + filter.Without(key, value).ToQueryString()));

        if (filter.Query is not null)
        {
            Add(localizer["Chip.Search", filter.Query], PartnerFilter.QueryKey);
        }

        foreach (var key in filter.Topics)
        {
            Add(lookups.Topics[key].Name, PartnerFilter.TopicKey, key);
        }

        foreach (var key in filter.Types)
        {
            Add(lookups.Types[key].Name, PartnerFilter.TypeKey, key);
        }

        foreach (var key in filter.Languages)
        {
            Add(lookups.Languages[key].Name, PartnerFilter.LanguageKey, key);
        }

        foreach (var key in filter.Districts)
        {
            Add(lookups.Districts[key].Name, PartnerFilter.DistrictKey, key);
        }

        if (filter.BarrierFree)
        {
            Add(localizer["Filter.BarrierFree"], PartnerFilter.BarrierFreeKey);
        }

        return chips;
    }
}
