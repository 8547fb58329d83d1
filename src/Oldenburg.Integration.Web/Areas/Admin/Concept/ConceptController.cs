using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Concept;

public sealed class ConceptController(ConceptDefinition definition, ContentEditing editing)
    : ContentAdminController<IntegrationConcept, ConceptEditModel>(definition, editing);
