using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>A partner whose texts try every way of becoming a formula or of shifting columns in a spreadsheet.</summary>
public static class HostileCells
{
    public const string ShortDescription = "=1+1 kurz";
    public const string Street = "-1";
    public const string City = "\tOldenburg";
    public const string Phone = "+49 441 12345";
    public const string Email = "@x";
    public const string Website = "https://example.org/?a=\"b\",c";
    public const string Description = "Zeile eins\r\n=SUM(A1)\n- Punkt; @cmd;\"=2\"\r'=3";
    public const string TargetGroups = "a;-b;+c; =d";

    public static string Name(string token) => $"Beratung;=1+1 {token}";

    public static void Apply(Partner partner, string token)
    {
        partner.Name = Name(token);
        partner.State = PublishState.Published;
        partner.Street = Street;
        partner.City = City;
        partner.Phone = Phone;
        partner.Email = Email;
        partner.Website = Website;
        partner.Translations = [new PartnerTranslation { Culture = "de", ShortDescription = ShortDescription, Description = Description, TargetGroups = TargetGroups }];
    }

    /// <summary>Column name to the text the cell must give back once its apostrophes are removed.</summary>
    public static Dictionary<string, string> Expected(string token, string descriptionColumn, string targetGroupsColumn, string shortDescriptionColumn) => new()
    {
        ["name"] = Name(token),
        ["street"] = Street,
        ["city"] = City,
        ["phone"] = Phone,
        ["email"] = Email,
        ["website"] = Website,
        [shortDescriptionColumn] = ShortDescription,
        [descriptionColumn] = Description,
        [targetGroupsColumn] = TargetGroups,
    };
}
