namespace Oldenburg.Integration.Web.Features.Contact;

/// <summary>Marker for the contact and barrier-report forms' strings in Resources/Features.Contact.ContactResource.{culture}.resx.</summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T> must be instantiable as a type argument.
public sealed class ContactResource
#pragma warning restore CA1052
{
}
