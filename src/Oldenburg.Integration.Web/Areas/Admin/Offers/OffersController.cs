using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.Offers;

public sealed class OffersController(OfferDefinition definition, ContentEditing editing)
    : ContentAdminController<Offer, OfferEditModel>(definition, editing);
