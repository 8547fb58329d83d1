namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

/// <summary>
/// A form-only property (an upload, a "remove" tick box) that is neither shown in the history nor
/// stored for restoring, because it describes an action rather than the content.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInRevisionAttribute : Attribute;
