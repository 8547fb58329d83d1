using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Publications;

public sealed class PublicationsController(PublicationDefinition definition, ContentEditing editing)
    : ContentAdminController<Publication, PublicationEditModel>(definition, editing);
