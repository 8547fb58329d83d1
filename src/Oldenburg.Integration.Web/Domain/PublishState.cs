namespace Oldenburg.Integration.Web.Domain;

/// <summary>Where an item stands in the editorial workflow: draft → (optional review) → published.</summary>
public enum PublishState
{
    Draft = 0,
    Published = 1,

    /// <summary>Finished by its editor and waiting for a second person to look at it; not public.</summary>
    InReview = 2,
}
