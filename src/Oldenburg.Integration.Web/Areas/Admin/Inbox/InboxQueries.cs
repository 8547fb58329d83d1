using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Offers;

namespace Oldenburg.Integration.Web.Areas.Admin.Inbox;

/// <summary>What the inbox pages, the menu and the dashboard read.</summary>
public sealed class InboxQueries(AppDbContext db, OfferQueries offers, TimeProvider clock)
{
    public Task<int> NewCountAsync(CancellationToken cancellationToken) =>
        db.PublicMessages.CountAsync(m => m.Status == PublicMessageStatus.New, cancellationToken);

    public async Task<IReadOnlyList<InboxRowViewModel>> ListAsync(InboxFilter filter, CancellationToken cancellationToken)
    {
        var query = db.PublicMessages.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(m => m.Status == status);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(m => m.Kind == kind);
        }

        if (filter.Mine is { } me)
        {
            query = query.Where(m => m.AssignedTo == me);
        }

        var rows = await query
            .OrderByDescending(m => m.ReceivedAt).ThenByDescending(m => m.Id)
            .Take(500)
            .Select(m => new InboxRowViewModel(m.Id, m.Kind, m.Status, m.Text, m.Culture, m.ReceivedAt, m.AssignedTo, m.Notes.Count))
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => r with { Text = Preview(r.Text) })];
    }

    public async Task<InboxDetailsViewModel?> DetailsAsync(int id, CancellationToken cancellationToken)
    {
        var message = await db.PublicMessages.AsNoTracking().Include(m => m.Notes).SingleOrDefaultAsync(m => m.Id == id, cancellationToken);
        if (message is null)
        {
            return null;
        }

        var taskTitle = message.TaskKey is null
            ? null
            : (await offers.PublishedAsync(ContentTranslation.SourceCulture, cancellationToken)).FirstOrDefault(o => o.Slug == message.TaskKey)?.Title ?? message.TaskKey;
        return new InboxDetailsViewModel(message, taskTitle, [.. message.Notes.OrderBy(n => n.At).ThenBy(n => n.Id)], await StaffAsync(cancellationToken));
    }

    /// <summary>Accounts that may be assigned: every staff account that is not deactivated.</summary>
    public async Task<IReadOnlyList<StaffOption>> StaffAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var users = await db.Users.AsNoTracking()
            .Select(u => new { u.UserName, u.DisplayName, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        return [.. users
            .Where(u => u.UserName is not null && (u.LockoutEnd is null || u.LockoutEnd <= now))
            .Select(u => new StaffOption(u.UserName!, string.IsNullOrWhiteSpace(u.DisplayName) ? u.UserName! : $"{u.DisplayName} ({u.UserName})"))
            .OrderBy(u => u.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("de"), ignoreCase: true))];
    }

    private static string Preview(string text) => text.Length <= 120 ? text : text[..119] + "…";
}

public sealed record InboxFilter(PublicMessageStatus? Status, PublicMessageKind? Kind, string? Mine);

public sealed record InboxRowViewModel(
    int Id, PublicMessageKind Kind, PublicMessageStatus Status, string Text, string Culture, DateTime ReceivedAt, string? AssignedTo, int NoteCount);

public sealed record StaffOption(string UserName, string Label);

public sealed record InboxDetailsViewModel(
    PublicMessage Message, string? TaskTitle, IReadOnlyList<PublicMessageNote> Notes, IReadOnlyList<StaffOption> Staff);
