using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Audit;

namespace Oldenburg.Integration.Web.Areas.Admin.Audit;

public sealed record AuditRow(DateTime At, string Actor, string Action, string SubjectType, string? SubjectId, string Subject, string? Details);

public sealed record AuditPage(
    AuditFilter Filter,
    IReadOnlyList<AuditRow> Rows,
    int Total,
    int PageCount,
    IReadOnlyList<string> Actors,
    IReadOnlyList<string> Types,
    IReadOnlyList<string> Actions,
    IReadOnlyDictionary<string, string> TypeLabels)
{
    public string TypeLabel(string type) => TypeLabels.TryGetValue(type, out var label) ? label : type;
}

public sealed class AuditQueries(AppDbContext db, IEnumerable<IContentKind> kinds)
{
    public async Task<AuditPage> PageAsync(AuditFilter filter, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (filter.Actor is { } actor)
        {
            entries = entries.Where(e => e.Actor == actor);
        }

        if (filter.Type is { } type)
        {
            entries = entries.Where(e => e.SubjectType == type);
        }

        if (filter.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (filter.FromUtc is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (filter.ToUtcExclusive is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        var total = await entries.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + AuditFilter.PageSize - 1) / AuditFilter.PageSize);
        var page = Math.Min(filter.Page, pageCount);
        var rows = await entries
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((page - 1) * AuditFilter.PageSize).Take(AuditFilter.PageSize)
            .Select(e => new AuditRow(e.At, e.Actor, e.Action, e.SubjectType, e.SubjectId, e.Subject, e.Details))
            .ToListAsync(cancellationToken);

        var types = await DistinctAsync(db.AuditEntries.Select(e => e.SubjectType), cancellationToken);
        return new AuditPage(
            filter with { Page = page },
            rows,
            total,
            pageCount,
            // Names tried in failed sign-ins stay filterable but do not crowd the list of people.
            await DistinctAsync(db.AuditEntries.Where(e => e.Action != AuditActions.SignInFailed).Select(e => e.Actor), cancellationToken),
            types,
            await DistinctAsync(db.AuditEntries.Select(e => e.Action), cancellationToken),
            types.ToDictionary(t => t, TypeLabel));
    }

    private static async Task<IReadOnlyList<string>> DistinctAsync(IQueryable<string> values, CancellationToken cancellationToken) =>
        await values.Distinct().OrderBy(v => v).ToListAsync(cancellationToken);

    private string TypeLabel(string type) => kinds.FirstOrDefault(k => k.Key == type)?.Label ?? type switch
    {
        AuditLog.UsersSubject => "Konten",
        AuditLog.AccountSubject => "Anmeldung und Passwort",
        AuditLog.LookupsSubject => "Auswahllisten",
        AuditLog.SuggestionsSubject => "Vorschläge",
        _ => type,
    };
}
