using Oldenburg.Integration.Web.Infrastructure;
using Oldenburg.Integration.Web.Infrastructure.Identity;
using Oldenburg.Integration.Web.Infrastructure.Localization;

var builder = WebApplication.CreateBuilder(args);
builder.ConfigureAppHosting();

builder.AddAppLogging();
builder.Services.AddAppDatabase(builder.Configuration, builder.Environment);
builder.Services.AddAppIdentity(builder.Environment);
builder.Services.AddAppLocalization();
builder.Services.AddAppMvc();
builder.Services.AddLocalizedModelBindingMessages();
builder.Services.AddAppServices(builder.Configuration, builder.Environment);

var app = builder.Build();

if (args.Contains(AdminCommand.Name))
{
    return await AdminCommand.RunAsync(app, args);
}

if (args.Contains(SamplePartnersCommand.Name))
{
    return await SamplePartnersCommand.RunAsync(app, args);
}

await app.InitializeDatabaseAsync();
app.UseAppPipeline();
app.MapAppEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
