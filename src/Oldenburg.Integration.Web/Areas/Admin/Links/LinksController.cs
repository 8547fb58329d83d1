using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Links;

public sealed class LinksController(LinkDefinition definition, ContentEditing editing)
    : ContentAdminController<CuratedLink, LinkEditModel>(definition, editing);
