using System.ComponentModel.DataAnnotations;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>
/// The part of every workflow type's form that the mechanism reads: state, version, minor-change
/// tick, schedule and one text block per language. A type's form adds its own fields and slug.
/// </summary>
public abstract class WorkflowEditModel<TText> : IContentEditModel, IPublishableEditModel, Scheduling.ISchedulableEditModel
    where TText : ITextEditModel
{
    [Display(Name = "Status")]
    public PublishState State { get; set; } = PublishState.Draft;

    /// <summary>The state shown when the form was loaded, to tell an editor's choice from a publish elsewhere.</summary>
    public PublishState? LoadedState { get; set; }

    /// <summary>When the entry was loaded into the form; a newer stored value means someone else saved meanwhile.</summary>
    public long LoadedVersion { get; set; }

    /// <summary>What the editor meant by this save, not content: kept out of revisions.</summary>
    [Display(Name = "Kleine Korrektur")]
    [NotInRevision]
    public bool MinorChange { get; set; }

    [Display(Name = "Veröffentlichen am")]
    public DateTime? PublishAtLocal { get; set; }

    [Display(Name = "Zurückziehen am")]
    public DateTime? UnpublishAtLocal { get; set; }

    public List<TText> Texts { get; set; } = [];

    public IEnumerable<ITextEditModel> TextBlocks => Texts.Cast<ITextEditModel>();
}
