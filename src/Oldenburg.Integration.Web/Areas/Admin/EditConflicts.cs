using Microsoft.AspNetCore.Mvc.ModelBinding;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin;

/// <summary>An edit form checked for concurrent saves (ADR 0007): it posts back the version it was loaded with.</summary>
public interface IVersionedEditModel
{
    long LoadedVersion { get; set; }
}

/// <summary>An edit form that also offers the publish state, and posts back the state it was loaded with.</summary>
public interface IPublishableEditModel
{
    PublishState State { get; set; }

    PublishState? LoadedState { get; set; }
}

/// <summary>The concurrency rules every admin edit form shares (ADR 0007 and its addendum).</summary>
public static class EditConflicts
{
    /// <summary>
    /// Refuses a save whose form was loaded before the stored version, and hands the form the stored
    /// version so that the editor's deliberate second save goes through. True when refused.
    /// </summary>
    public static bool RefuseIfStale(this ModelStateDictionary modelState, IVersionedEditModel model, DateTime storedUpdatedAt, string message)
    {
        if (storedUpdatedAt.Ticks == model.LoadedVersion)
        {
            return false;
        }

        modelState.AddModelError(string.Empty, message);
        model.LoadedVersion = storedUpdatedAt.Ticks;

        // Tag helpers render the posted value from model state before the model's, which would send the stale version again.
        modelState.Remove(nameof(IVersionedEditModel.LoadedVersion));
        return true;
    }

    /// <summary>
    /// Publishing from the list while a form is open is no conflict: the form keeps the stored state
    /// unless the editor chose another state in the form itself.
    /// </summary>
    public static void KeepStateSetElsewhere(this ModelStateDictionary modelState, IPublishableEditModel model, PublishState stored)
    {
        if (model.LoadedState is { } loaded && model.State == loaded)
        {
            model.State = stored;
        }

        model.LoadedState = stored;
        modelState.Remove(nameof(IPublishableEditModel.LoadedState));
    }
}
