namespace Oldenburg.Integration.Web.Areas.Admin.Content;

/// <summary>What the content-admin mechanism needs of every type's edit form.</summary>
public interface IContentEditModel : IVersionedEditModel
{
    /// <summary>A correction that does not change the meaning (a typo): translations stay up to date.</summary>
    bool MinorChange { get; set; }

    /// <summary>One block of text fields per language, German first.</summary>
    IEnumerable<ITextEditModel> TextBlocks { get; }
}
