using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Office;

public sealed class OfficeController(OfficeDefinition definition, ContentEditing editing)
    : ContentAdminController<OfficeProfile, OfficeEditModel>(definition, editing);
