namespace Oldenburg.Integration.Web.Domain;

/// <summary>What the editorial mechanism needs of every edited thing: an id and a stamp of the last change, which is also its version (ADR 0007).</summary>
public interface IEditableContent
{
    int Id { get; }

    DateTime UpdatedAt { get; }

    string UpdatedBy { get; }

    void Touch(string changedBy, DateTime utcNow);
}
