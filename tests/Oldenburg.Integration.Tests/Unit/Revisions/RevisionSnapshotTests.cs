using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Oldenburg.Integration.Web.Areas.Admin;
using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Areas.Admin.Office;
using Oldenburg.Integration.Web.Areas.Admin.Pages;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Revisions;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit.Revisions;

public class RevisionSnapshotTests
{
    [Fact]
    public void Flatten_OfferWithGermanAndArabic_LabelsFieldsPerLanguageAndSkipsEmptyEnglish()
    {
        var model = OfferEditModel.Empty();
        model.Slug = "beratung";
        model.SortOrder = 5;
        model.State = PublishState.InReview;
        model.Texts[0].Title = "Beratung";
        model.Texts[0].Summary = "Kurz";
        model.Texts[2].Title = "استشارة";

        var fields = RevisionSnapshot.Flatten(model);

        Assert.Equal(
            ["Adresse (Slug)", "Reihenfolge", "Status", "Veröffentlichen am", "Zurückziehen am", "Titel (Deutsch)", "Kurzbeschreibung (Deutsch)", "Text (Deutsch)", "Titel (العربية)", "Kurzbeschreibung (العربية)", "Text (العربية)"],
            fields.Select(f => f.Label));
        Assert.Equal("Zur Prüfung", Value(fields, "State"));
        Assert.Equal("5", Value(fields, "SortOrder"));
        Assert.Equal("استشارة", Value(fields, "Texts[ar].Title"));
        Assert.DoesNotContain(fields, f => f.Key.Contains("[en]", StringComparison.Ordinal));
    }

    [Fact]
    public void Flatten_AnyEditModel_LeavesOutLoadedVersionLoadedStateCultureAndComputedValues()
    {
        var model = PageEditModel.Empty();
        model.LoadedVersion = 638_000_000_000_000_000;
        model.LoadedState = PublishState.Published;
        model.Texts[0].Title = "Impressum";

        var keys = RevisionSnapshot.Flatten(model).Select(f => f.Key).ToList();

        Assert.DoesNotContain(keys, k => k.Contains("Loaded", StringComparison.Ordinal)
            || k.EndsWith("Culture", StringComparison.Ordinal) || k.EndsWith("IsEmpty", StringComparison.Ordinal));
        Assert.Contains("Texts[de].Title", keys);
        Assert.Contains("FooterOrder", keys);
    }

    [Fact]
    public void Flatten_PartnerWithLogoUploadHoursAndTopics_ShowsRowsAndIdsButNoUpload()
    {
        var model = PartnerEditModel.Empty();
        model.Name = "IBIS";
        model.TopicIds = [3, 7];
        model.BarrierFree = true;
        model.Logo = new FormFile(Stream.Null, 0, 0, "Logo", "logo.png");
        model.RemoveLogo = true;
        model.Hours.Insert(0, new OpeningHoursEditModel { Day = DayOfWeek.Monday, Opens = new TimeOnly(9, 0), Closes = new TimeOnly(12, 30) });
        model.Texts[0].ShortDescription = "Beratung";

        var fields = RevisionSnapshot.Flatten(model);

        Assert.Equal("3, 7", Value(fields, "TopicIds"));
        Assert.Equal("Themen", fields.Single(f => f.Key == "TopicIds").Label);
        Assert.Equal("Ja", Value(fields, "BarrierFree"));
        Assert.Equal("Nein", Value(fields, "AppointmentOnly"));
        Assert.Equal("Entwurf", Value(fields, "State"));
        Assert.Equal("Montag 09:00–12:30", Value(fields, "Hours"));
        Assert.Equal("Öffnungszeiten", fields.Single(f => f.Key == "Hours").Label);
        Assert.DoesNotContain(fields, f => f.Key is "Logo" or "RemoveLogo");
    }

    [Fact]
    public void Flatten_OfficeWithTwoHourRows_OneLinePerRowAndLabelledTexts()
    {
        var model = new OfficeEditModel
        {
            Email = "a@example.org",
            Hours =
            [
                new OpeningHoursEditModel { Day = DayOfWeek.Tuesday, Opens = new TimeOnly(8, 0), Closes = new TimeOnly(12, 0) },
                new OpeningHoursEditModel(),
                new OpeningHoursEditModel { Day = DayOfWeek.Thursday, Opens = new TimeOnly(14, 0), Closes = new TimeOnly(18, 0) },
            ],
            Texts = [new OfficeTextEditModel { Culture = "de", Name = "Büro", About = "Wir" }, new OfficeTextEditModel { Culture = "en" }],
        };

        var fields = RevisionSnapshot.Flatten(model);

        Assert.Equal("Dienstag 08:00–12:00\nDonnerstag 14:00–18:00", Value(fields, "Hours"));
        Assert.Equal("Text „Über uns“ (Deutsch)", fields.Single(f => f.Key == "Texts[de].About").Label);
        Assert.Equal("", Value(fields, "Fax"));
    }

    public static TheoryData<Type> EditModels() =>
    [
        typeof(OfferEditModel), typeof(OfferTextEditModel), typeof(PageEditModel), typeof(PageTextEditModel),
        typeof(PartnerEditModel), typeof(PartnerTextEditModel), typeof(OfficeEditModel), typeof(OfficeTextEditModel), typeof(OpeningHoursEditModel),
    ];

    [Theory]
    [MemberData(nameof(EditModels))]
    public void Flatten_RealEditModels_EveryRecordedFieldHasAGermanLabel(Type model)
    {
        var unlabelled = model.GetProperties()
            .Where(RevisionSnapshot.IsRecorded)
            .Where(p => p.Name != nameof(ITextEditModel.Culture) && !typeof(IEnumerable<ITextEditModel>).IsAssignableFrom(p.PropertyType))
            .Where(p => p.GetCustomAttribute<DisplayAttribute>() is null)
            .Select(p => p.Name);

        Assert.Empty(unlabelled);
    }

    [Fact]
    public void Format_UtcDateTime_ShowsBerlinTime()
    {
        Assert.Equal("30.11.2026 09:15", RevisionSnapshot.Format(new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc)));
        Assert.Equal("01.07.2026 14:00", RevisionSnapshot.Format(new DateTime(2026, 7, 1, 12, 0, 0, DateTimeKind.Utc)));
    }

    private static string Value(IReadOnlyList<SnapshotField> fields, string key) => fields.Single(f => f.Key == key).Value;
}
