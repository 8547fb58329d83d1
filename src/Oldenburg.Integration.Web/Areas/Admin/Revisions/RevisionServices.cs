namespace Oldenburg.Integration.Web.Areas.Admin.Revisions;

public static class RevisionServices
{
    public static IServiceCollection AddRevisions(this IServiceCollection services) =>
        services.AddScoped<ContentRevisions>();
}
