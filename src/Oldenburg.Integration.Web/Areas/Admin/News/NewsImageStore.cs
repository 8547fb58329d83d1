using Oldenburg.Integration.Web.Data;
using Oldenburg.Integration.Web.Infrastructure.Files;

namespace Oldenburg.Integration.Web.Areas.Admin.News;

/// <summary>News pictures: the same rules as partner logos, in their own storage area.</summary>
public sealed class NewsImageStore(AppDbContext db, TimeProvider clock) : StoredImages(db, clock, Area)
{
    public const string Area = "news-images";

    public const string Noun = "Das Bild";
}
