using System.ComponentModel.DataAnnotations;

namespace Oldenburg.Integration.Web.Features.Suggestions;

/// <summary>A checkbox that must be ticked (consent). Property-level, so its message shows with all the others at once.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MustBeTrueAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is true;
}

/// <summary>An http(s) address; a bare host such as "example.org" is accepted and completed on save.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class WebAddressAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not string text || string.IsNullOrWhiteSpace(text) || Normalize(text) is not null;

    public static string? Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var candidate = text.Trim();
        if (!candidate.Contains("://", StringComparison.Ordinal))
        {
            candidate = "https://" + candidate;
        }

        return Uri.TryCreate(candidate, UriKind.Absolute, out var uri)
            && uri.Scheme is "http" or "https"
            && uri.Host.Contains('.', StringComparison.Ordinal)
            && !candidate.Any(char.IsWhiteSpace)
                ? candidate
                : null;
    }
}
