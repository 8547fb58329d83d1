using Microsoft.AspNetCore.Mvc;

namespace Oldenburg.Integration.Web.Infrastructure.Forms;

public static class ControlCharacterFormExtensions
{
    public static IServiceCollection AddControlCharacterForms(this IServiceCollection services) =>
        services.Configure<MvcOptions>(o => o.Filters.Add<ControlCharacterFilter>());

    /// <summary>After authorization, so that no body is read for a request that is refused anyway.</summary>
    public static IApplicationBuilder UseControlCharacterForms(this IApplicationBuilder app) =>
        app.UseMiddleware<ControlCharacterFormMiddleware>();
}
