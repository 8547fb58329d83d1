using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Runs the dotnet command line on the web project, as the README tells an operator to.</summary>
public static class Dotnet
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string WebProjectDirectory => Path.Combine(RepositoryRoot, "src", "Oldenburg.Integration.Web");

    public static string WebProject => Path.Combine(WebProjectDirectory, "Oldenburg.Integration.Web.csproj");

    /// <summary>The configuration these tests were built in (Release from scripts/test.sh), so no second build is needed.</summary>
    public static string Configuration { get; } =
        typeof(Dotnet).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        // The test host inherits MSBuild's paths from dotnet test; a nested dotnet command must find its own.
        foreach (var name in info.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(name);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        return info;
    }

    public static Process Start(ProcessStartInfo info, StringBuilder output)
    {
        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to its end; fails the test with the command's output if it fails.</summary>
    public static async Task RunAsync(TimeSpan timeout, params string[] arguments)
    {
        var output = new StringBuilder();
        using var process = Start(StartInfo(RepositoryRoot, arguments), output);
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet {string.Join(' ', arguments)} took longer than {timeout}. Output:\n{Text(output)}");
        }

        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', arguments)} failed. Output:\n{Text(output)}");
    }

    public static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Oldenburg.Integration.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Oldenburg.Integration.sln not found above " + AppContext.BaseDirectory);
    }
}
