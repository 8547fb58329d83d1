using Oldenburg.Integration.Web.Data.Seeding;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Infrastructure;

/// <summary>
/// <c>create-admin --email you@example.org [--name "Full Name"]</c>: creates the first administrator.
/// The password comes from the ADMIN_PASSWORD environment variable or is asked for without echo,
/// so it never lands in shell history.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = OptionValue(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <address> [--name <display name>]");
            return 2;
        }

        var password = Environment.GetEnvironmentVariable("ADMIN_PASSWORD") ?? ReadPassword();
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var accounts = scope.ServiceProvider.GetRequiredService<StaffAccounts>();
        if (await accounts.ExistsAsync(email))
        {
            await Console.Error.WriteLineAsync("An account with this e-mail address exists already.");
            return 1;
        }

        var result = await accounts.CreateAsync(email, OptionValue(args, "--name") ?? email, password, StaffRoles.Administrator);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        Console.WriteLine("Administrator created. Sign in at /admin.");
        return 0;
    }

    private static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static string ReadPassword()
    {
        Console.Write("Password (at least 12 characters): ");
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var password = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace && password.Length > 0)
            {
                password.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                password.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return password.ToString();
    }
}
