namespace Oldenburg.Integration.Web.Domain;

/// <summary>One language's text of a content item. German ("de") is the source language.</summary>
public abstract class ContentTranslation
{
    public const string SourceCulture = "de";

    public int Id { get; set; }

    public string Culture { get; set; } = SourceCulture;
}
