namespace Oldenburg.Integration.Web.Infrastructure.RichText;

/// <summary>The admin help on formatting (Areas/Admin/Shared/_RichTextHelp.cshtml), which every rich-text field names as its description.</summary>
public static class RichTextHelp
{
    public const string Id = "rich-text-help";
}
