namespace Oldenburg.Integration.Tests.Infrastructure;

public static class Unique
{
    private static int s_counter;

    /// <summary>A slug or name no other test in this run uses.</summary>
    public static string Name(string prefix) =>
        $"{prefix}-{Interlocked.Increment(ref s_counter)}-{Guid.NewGuid().ToString("N")[..8]}";

    public static string Email(string prefix = "staff") => $"{Name(prefix)}@example.org";
}
