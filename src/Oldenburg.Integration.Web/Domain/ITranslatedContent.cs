namespace Oldenburg.Integration.Web.Domain;

/// <summary>A content item whose texts, titled, come in one row per language.</summary>
public interface ITranslatedContent<TTranslation>
    where TTranslation : ContentTranslation, ITitledText
{
    ICollection<TTranslation> Translations { get; }
}

public interface ITitledText
{
    string Title { get; }
}
