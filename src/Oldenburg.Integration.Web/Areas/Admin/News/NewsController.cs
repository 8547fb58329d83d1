using Oldenburg.Integration.Web.Areas.Admin.Content;
using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

public sealed class NewsController(NewsDefinition definition, ContentEditing editing)
    : ContentAdminController<NewsItem, NewsEditModel>(definition, editing);
