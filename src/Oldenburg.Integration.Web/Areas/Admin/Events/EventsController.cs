using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Events;

public sealed class EventsController(EventDefinition definition, ContentEditing editing)
    : ContentAdminController<EventItem, EventEditModel>(definition, editing);
