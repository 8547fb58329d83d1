using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;

public sealed class FieldsOfActionController(FieldOfActionDefinition definition, ContentEditing editing)
    : ContentAdminController<FieldOfAction, FieldOfActionEditModel>(definition, editing);
