namespace Oldenburg.Integration.Web.Infrastructure.RichText;

public static class RichTextServices
{
    public static IServiceCollection AddRichText(this IServiceCollection services) =>
        services.AddSingleton<RichTextRenderer>();
}
