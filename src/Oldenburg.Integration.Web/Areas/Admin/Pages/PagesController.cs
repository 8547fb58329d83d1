using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Pages;

public sealed class PagesController(PageDefinition definition, ContentEditing editing)
    : ContentAdminController<Page, PageEditModel>(definition, editing);
