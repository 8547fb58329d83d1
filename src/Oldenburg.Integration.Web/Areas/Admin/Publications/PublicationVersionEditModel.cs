using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

/// <summary>One language version in the form: its texts, the stored file's name and a new upload.</summary>
public sealed class PublicationVersionEditModel : ITextEditModel
{
    private string _culture = "";

    /// <summary>
    /// No [Display]: the side-by-side editor translates labelled strings, and the language is none.
    /// A blank row posts no language; the form's own check names the row, not a generic "required".
    /// </summary>
    [ValidateNever]
    public string Culture { get => _culture; set => _culture = value ?? ""; }

    [StringLength(PublicationVersion.TitleMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Titel")]
    public string? Title { get; set; }

    [StringLength(PublicationVersion.SummaryMaxLength, ErrorMessage = "Validation.MaxLength")]
    [Display(Name = "Kurzbeschreibung")]
    public string? Summary { get; set; }

    /// <summary>
    /// The stored file, shown in revisions so that a replaced file is a change (and makes translations
    /// of the German version outdated). Not a string, so the side-by-side editor does not offer it
    /// for translation; never bound from the form.
    /// </summary>
    [Display(Name = "Datei")]
    [BindNever]
    public StoredFileRef? StoredFile { get; set; }

    [NotInRevision]
    [JsonIgnore]
    [Display(Name = "Neue Datei")]
    public IFormFile? File { get; set; }

    public bool IsEmpty => string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Summary) && File is null;

    public static PublicationVersionEditModel From(string culture, PublicationVersion? version) => new()
    {
        Culture = culture,
        Title = version?.Title,
        Summary = version?.Summary,
        StoredFile = version is null ? null : new StoredFileRef(version.FileName),
    };
}

/// <summary>A stored file's name as revisions show it.</summary>
public sealed record StoredFileRef(string Name)
{
    public override string ToString() => Name;
}
