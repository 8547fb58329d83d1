using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;
using Oldenburg.Integration.Web.Infrastructure.Caching;

namespace Oldenburg.Integration.Web.Areas.Admin.Suggestions;

public enum ModerationOutcome
{
    Done,
    NotFound,
    AlreadyClosed,
    UnknownType,
    SlugTaken,
    GermanTextMissing,
    Invalid,
    EntryChangedSince,
}

/// <summary>How a moderation ended; for <see cref="ModerationOutcome.Invalid"/>, the partner editor's field rules that the values break.</summary>
public sealed record ModerationResult(ModerationOutcome Outcome, Partner? Partner = null, IReadOnlyList<(string Field, string Message)>? Problems = null);

/// <summary>
/// Closes suggestions. Every close erases the submitter's data at once, and the status change is a
/// conditional update, so two staff members clicking at the same moment cannot accept twice.
/// </summary>
public sealed class SuggestionModeration(AppDbContext db, SuggestionMapper mapper, AuditLog audit, PublicCache publicCache, TimeProvider clock)
{
    public async Task<ModerationResult> AcceptAsync(int id, SuggestionReviewModel values, string staff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimAsync(id, SuggestionStatus.Accepted, staff, now, cancellationToken);
        if (claim.Outcome != ModerationOutcome.Done)
        {
            return claim;
        }

        var suggestion = await db.PartnerSuggestions.SingleAsync(s => s.Id == id, cancellationToken);
        var partner = suggestion.PartnerId is { } partnerId
            ? await db.Partners.AsSplitQuery().Include(p => p.Translations).Include(p => p.Topics).Include(p => p.Languages)
                .SingleOrDefaultAsync(p => p.Id == partnerId, cancellationToken)
            : null;
        // Publishing or confirming a check is not a content change (ADR 0007), so only real edits since the suggestion count.
        if (partner is not null && partner.UpdatedAt > suggestion.CreatedAt && !values.ConfirmNewerEntry)
        {
            return Fail(ModerationOutcome.EntryChangedSince);
        }

        if (partner is null)
        {
            var slug = string.IsNullOrWhiteSpace(values.Slug) ? await mapper.UniqueSlugAsync(values.Name!, cancellationToken) : values.Slug.Trim();
            if (Slugs.IsReserved(slug))
            {
                return Fail(ModerationOutcome.Invalid, [(nameof(Partner.Slug), Slugs.ReservedMessage(slug))]);
            }

            if (await db.Partners.AnyAsync(p => p.Slug == slug, cancellationToken))
            {
                return Fail(ModerationOutcome.SlugTaken);
            }

            partner = new Partner { Slug = slug };
            db.Partners.Add(partner);
        }

        if (!await mapper.ApplyAsync(values, partner, cancellationToken))
        {
            return Fail(ModerationOutcome.UnknownType);
        }

        if (PartnerRules.Check(partner) is { Count: > 0 } problems)
        {
            return Fail(ModerationOutcome.Invalid, problems);
        }

        if (values.Publish && !partner.Translations.Any(t => t.Culture == ContentTranslation.SourceCulture))
        {
            return Fail(ModerationOutcome.GermanTextMissing);
        }

        partner.State = values.Publish ? PublishState.Published : PublishState.Draft;
        partner.RefreshSearchFields();
        partner.Touch(staff, now);
        suggestion.Partner = partner;
        Close(suggestion, SuggestionStatus.Accepted, staff, now);
        await db.SaveChangesAsync(cancellationToken);

        // After the first save, inside the same transaction, so a new partner's number is known.
        audit.Add(AuditActions.SuggestionAccepted, staff, AuditLog.SuggestionsSubject, id.ToString(CultureInfo.InvariantCulture), partner.Name,
            $"Partner Nr. {partner.Id}, {(values.Publish ? "veröffentlicht" : "als Entwurf")}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        // Accepting publishes a new entry or changes a listed one; a rejection changes nothing public.
        await publicCache.EvictAsync([PartnerDefinition.ContentKey], cancellationToken);
        return new(ModerationOutcome.Done, partner);
    }

    public async Task<ModerationResult> RejectAsync(int id, string staff, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claim = await ClaimAsync(id, SuggestionStatus.Rejected, staff, now, cancellationToken);
        if (claim.Outcome != ModerationOutcome.Done)
        {
            return claim;
        }

        var suggestion = await db.PartnerSuggestions.SingleAsync(s => s.Id == id, cancellationToken);
        Close(suggestion, SuggestionStatus.Rejected, staff, now);
        audit.Add(AuditActions.SuggestionRejected, staff, AuditLog.SuggestionsSubject, id.ToString(CultureInfo.InvariantCulture), suggestion.Name);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claim;
    }

    private async Task<ModerationResult> ClaimAsync(int id, SuggestionStatus status, string staff, DateTime now, CancellationToken cancellationToken)
    {
        var claimed = await db.PartnerSuggestions
            .Where(s => s.Id == id && s.Status == SuggestionStatus.Open)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.Status, status).SetProperty(s => s.ClosedAt, now).SetProperty(s => s.ClosedBy, staff), cancellationToken);
        if (claimed == 1)
        {
            return new(ModerationOutcome.Done);
        }

        return await db.PartnerSuggestions.AnyAsync(s => s.Id == id, cancellationToken)
            ? new(ModerationOutcome.AlreadyClosed)
            : new(ModerationOutcome.NotFound);
    }

    /// <summary>The transaction rolls back the claim; the tracked half-applied entry must not be saved later either.</summary>
    private ModerationResult Fail(ModerationOutcome outcome, IReadOnlyList<(string Field, string Message)>? problems = null)
    {
        db.ChangeTracker.Clear();
        return new(outcome, Problems: problems);
    }

    private static void Close(PartnerSuggestion suggestion, SuggestionStatus status, string staff, DateTime now)
    {
        suggestion.Status = status;
        suggestion.ClosedAt = now;
        suggestion.ClosedBy = staff;
        suggestion.ErasePersonalData(now);
    }
}
