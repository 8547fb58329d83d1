using Oldenburg.Integration.Web.Features.Contact;

namespace Oldenburg.Integration.Web.Features.Shared.PublicForms;

/// <summary>
/// The privacy notice under a public form: what is stored, why, who reads it, when it is deleted and the
/// reader's rights (the items, in that order, in the form's own words), then whom to ask.
/// </summary>
public sealed record PrivacyNoticeViewModel(string Heading, IReadOnlyList<string> Items, string ContactText, OfficeViewModel? Office);
