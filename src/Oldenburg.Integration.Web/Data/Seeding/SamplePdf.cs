using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Oldenburg.Integration.Web.Data.Seeding;

/// <summary>
/// Small PDFs the project makes itself for the sample publications: no copyrighted or real city
/// file is shipped. The text is ASCII because the built-in PDF fonts cover only Latin script.
/// </summary>
public static class SamplePdf
{
    public static byte[] Create(string heading, string language, int pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var number = 1; number <= Math.Max(1, pages); number++)
        {
            var page = builder.AddPage(PageSize.A4);
            page.AddText("BEISPIEL / SAMPLE", 20, new PdfPoint(60, 760), font);
            page.AddText(heading, 14, new PdfPoint(60, 720), font);
            page.AddText($"Sprachfassung / language: {language}", 12, new PdfPoint(60, 690), font);
            page.AddText("Platzhalter ohne echten Inhalt. Placeholder without real content.", 11, new PdfPoint(60, 660), font);
            page.AddText($"Seite {number} von {pages}", 10, new PdfPoint(60, 60), font);
        }

        return builder.Build();
    }
}
