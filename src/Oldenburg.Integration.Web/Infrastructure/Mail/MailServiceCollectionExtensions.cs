namespace Oldenburg.Integration.Web.Infrastructure.Mail;

public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddMailOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmtpOptions>()
            .Bind(configuration.GetSection(SmtpOptions.Section))
            .Validate(
                o => !o.SendsCredentialsInClear,
                "Smtp:UserName is set but the connection is not encrypted (Smtp:UseStartTls and Smtp:UseSsl are false). "
                + "Enable one of them, or set Smtp:AllowInsecureAuthentication=true to send the password in clear text.")
            .Validate(o => o.MaxAttempts >= 1 && o.RetryDelay > TimeSpan.Zero, "Smtp:MaxAttempts must be at least 1 and Smtp:RetryDelay positive.")
            .ValidateOnStart();
        services.AddSingleton<MailOutbox>();
        services.AddSingleton<IMailOutbox>(sp => sp.GetRequiredService<MailOutbox>());
        services.AddSingleton<SmtpMailSender>();
        services.AddSingleton<OfficeNotifier>();
        services.AddSingleton<StaffMail>();
        services.AddHostedService<MailDeliveryService>();
        return services;
    }
}
