using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Literature;

public sealed class LiteratureController(LiteratureDefinition definition, ContentEditing editing)
    : ContentAdminController<LiteratureEntry, LiteratureEditModel>(definition, editing);
