using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Oldenburg.Integration.Web.Areas.Admin.Translations;
using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Features.Pages;

namespace Oldenburg.Integration.Web.Areas.Admin.Pages;

/// <summary>Standing pages (legal notice, privacy, accessibility). Every change evicts the cached footer links.</summary>
public sealed class PagesController(AppDbContext db, PageQueries publicPages, TimeProvider clock, TranslationTracker translations) : AdminController
{
    [HttpGet]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var rows = await db.Pages.AsNoTracking()
            .OrderBy(p => p.FooterOrder == null).ThenBy(p => p.FooterOrder).ThenBy(p => p.Slug)
            .Select(p => new PageRowViewModel(
                p.Id,
                p.Slug,
                p.Translations.Where(t => t.Culture == ContentTranslation.SourceCulture).Select(t => t.Title).FirstOrDefault() ?? p.Slug,
                p.State,
                p.FooterOrder,
                p.Translations.Select(t => t.Culture).ToList(),
                p.UpdatedAt,
                p.UpdatedBy))
            .ToListAsync(cancellationToken);
        return View(rows);
    }

    [HttpGet]
    public IActionResult Create() => View("Edit", PageEditModel.Empty());

    [HttpPost]
    public async Task<IActionResult> Create(PageEditModel model, CancellationToken cancellationToken)
    {
        await ValidateSlugAsync(model, pageId: null, cancellationToken);
        if (!ModelState.IsValid)
        {
            return View("Edit", model);
        }

        var page = new Page();
        model.ApplyTo(page);
        page.Touch(StaffName, clock.GetUtcNow().UtcDateTime);
        db.Pages.Add(page);
        await SaveAsync(cancellationToken);
        await translations.TrackAsync(new ContentRef("pages", page.Id), null, TranslationTracker.Blocks(PageEditModel.From(page).Texts), false, StaffName, cancellationToken);
        await SaveAsync(cancellationToken);
        Flash($"„{TitleOf(page)}“ wurde angelegt.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["PageId"] = id;
        ViewData["TranslationStatus"] = await translations.StatusAsync(new ContentRef("pages", id), page.Translations.Select(t => t.Culture), cancellationToken);
        return View(PageEditModel.From(page));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, PageEditModel model, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        ViewData["PageId"] = id;
        await ValidateSlugAsync(model, id, cancellationToken);
        ModelState.KeepStateSetElsewhere(model, page.State);
        ModelState.RefuseIfStale(model, page.UpdatedAt,
            $"{page.UpdatedBy} hat diese Seite gespeichert, während Sie sie bearbeitet haben. Ihre Eingaben sind noch da: Bitte vergleichen Sie sie mit der öffentlichen Seite und speichern Sie erneut.");

        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var textsBefore = TranslationTracker.Blocks(PageEditModel.From(page).Texts);
        model.ApplyTo(page);
        page.Touch(StaffName, clock.GetUtcNow().UtcDateTime);
        await translations.TrackAsync(new ContentRef("pages", id), textsBefore, TranslationTracker.Blocks(PageEditModel.From(page).Texts), model.MinorChange, StaffName, cancellationToken);
        await SaveAsync(cancellationToken);
        Flash($"„{TitleOf(page)}“ wurde gespeichert.");
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Published, "ist jetzt öffentlich sichtbar", cancellationToken);

    [HttpPost]
    public Task<IActionResult> Unpublish(int id, CancellationToken cancellationToken) =>
        SetStateAsync(id, PublishState.Draft, "ist jetzt ein Entwurf und nicht mehr öffentlich", cancellationToken);

    [HttpGet]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        return page is null ? NotFound() : View(new PageRowViewModel(
            page.Id, page.Slug, TitleOf(page), page.State, page.FooterOrder, [.. page.Translations.Select(t => t.Culture)], page.UpdatedAt, page.UpdatedBy));
    }

    [HttpPost]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        if (page.IsPublished)
        {
            Flash("Veröffentlichte Seiten können nicht gelöscht werden. Bitte zuerst zurückziehen.");
            return RedirectToAction(nameof(Index));
        }

        db.Pages.Remove(page);
        await translations.ForgetAsync(new ContentRef("pages", id), cancellationToken);
        await SaveAsync(cancellationToken);
        Flash($"„{TitleOf(page)}“ wurde gelöscht.");
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SetStateAsync(int id, PublishState state, string message, CancellationToken cancellationToken)
    {
        var page = await LoadAsync(id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        // Not Touch(): the version marks content changes, and a state change must not make an open edit form stale (ADR 0007).
        page.State = state;
        await SaveAsync(cancellationToken);
        Flash($"„{TitleOf(page)}“ {message}.");
        return RedirectToAction(nameof(Index));
    }

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        publicPages.InvalidateFooter();
    }

    private Task<Page?> LoadAsync(int id, CancellationToken cancellationToken) =>
        db.Pages.Include(p => p.Translations).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);

    private async Task ValidateSlugAsync(PageEditModel model, int? pageId, CancellationToken cancellationToken)
    {
        var slug = model.Slug?.Trim();
        if (!string.IsNullOrEmpty(slug) && await db.Pages.AnyAsync(p => p.Slug == slug && p.Id != pageId, cancellationToken))
        {
            ModelState.AddModelError(nameof(PageEditModel.Slug), "Diese Adresse ist schon vergeben. Bitte wählen Sie eine andere.");
        }
    }

    private static string TitleOf(Page page) =>
        page.Translations.FirstOrDefault(t => t.Culture == ContentTranslation.SourceCulture)?.Title ?? page.Slug;
}

public sealed record PageRowViewModel(
    int Id, string Slug, string Title, PublishState State, int? FooterOrder, IReadOnlyList<string> Cultures, DateTime UpdatedAt, string UpdatedBy);
