using Oldenburg.Integration.Web.Areas.Admin.Concept;
using Oldenburg.Integration.Web.Areas.Admin.Content.Scheduling;
using Oldenburg.Integration.Web.Areas.Admin.Events;
using Oldenburg.Integration.Web.Areas.Admin.FieldsOfAction;
using Oldenburg.Integration.Web.Areas.Admin.Links;
using Oldenburg.Integration.Web.Areas.Admin.Literature;
using Oldenburg.Integration.Web.Areas.Admin.Monitor;
using Oldenburg.Integration.Web.Areas.Admin.News;
using Oldenburg.Integration.Web.Areas.Admin.Offers;
using Oldenburg.Integration.Web.Areas.Admin.Office;
using Oldenburg.Integration.Web.Areas.Admin.Pages;
using Oldenburg.Integration.Web.Areas.Admin.Partners;
using Oldenburg.Integration.Web.Areas.Admin.Publications;

namespace Oldenburg.Integration.Web.Areas.Admin.Content;

public static class ContentAdminServices
{
    /// <summary>The editorial mechanism and every content type that plugs into it (ADR 0013).</summary>
    public static IServiceCollection AddContentAdmin(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(new Access.ContentGrantFilter()));
        services.AddScoped<ContentEditing>();
        services.AddScoped<ContentCatalog>();

        // Before the journal, whose snapshot would otherwise date a scheduled news item by the run, not the schedule.
        services.AddScoped<IScheduleObserver, NewsScheduleStamp>();
        services.AddScoped<IScheduleObserver, ScheduleJournal>();
        services.AddContentType<OfferDefinition>();
        services.AddContentType<PageDefinition>();
        services.AddContentType<PartnerDefinition>();
        services.AddContentType<OfficeDefinition>();
        services.AddContentType<LinkDefinition>();
        services.AddContentType<LiteratureDefinition>();
        services.AddContentType<ConceptDefinition>();
        services.AddContentType<FieldOfActionDefinition>();
        services.AddContentType<PublicationDefinition>();
        services.AddContentType<NewsDefinition>();
        services.AddContentType<EventDefinition>();
        services.AddContentType<MonitorDefinition>();
        services.AddScoped<MonitorValueStore>();
        services.AddScoped<MonitorImport>();
        return services;
    }

    /// <summary>
    /// Registers a type's definition for its controller and as an <see cref="IContentKind"/> for the
    /// site-wide views. Scoped: a definition uses the request's DbContext.
    /// </summary>
    public static IServiceCollection AddContentType<TDefinition>(this IServiceCollection services)
        where TDefinition : class, IContentKind
    {
        services.AddScoped<TDefinition>();
        services.AddScoped<IContentKind>(provider => provider.GetRequiredService<TDefinition>());
        return services;
    }
}
