using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace Oldenburg.Integration.Web.Infrastructure.Forms;

/// <summary>
/// Reads every posted form once, removes control characters and remembers which fields had them,
/// so that the form can be shown again with a message on those fields.
/// </summary>
/// <remarks>
/// ASP.NET Core's URL-encoded form reader rejects "%00" outright (its URL decoder is shared with
/// request paths), which antiforgery reports as a bare 400 and which lost the visitor's input.
/// The stream-based <see cref="FormReader"/> decodes it, so the cleaning below can deal with it.
/// </remarks>
public sealed class ControlCharacterFormMiddleware(RequestDelegate next)
{
    private static readonly object s_readMarker = new();

    public async Task InvokeAsync(HttpContext context)
    {
        // A status-code or error re-execution must not read the consumed body again.
        if (!context.Request.HasFormContentType || !context.Items.TryAdd(s_readMarker, true))
        {
            await next(context);
            return;
        }

        IFormCollection form;
        try
        {
            form = context.Request.ContentType!.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase)
                ? new FormCollection(await new FormReader(context.Request.Body).ReadFormAsync(context.RequestAborted))
                : await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (InvalidDataException)
        {
            // Too many or too long fields: the status-code page explains in the reader's language.
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var fields = new Dictionary<string, StringValues>(StringComparer.OrdinalIgnoreCase);
        var dirty = new List<string>();
        foreach (var (key, values) in form)
        {
            var cleaned = values.Select(v => ControlCharacters.Remove(v)).ToArray();
            if (!cleaned.SequenceEqual(values.ToArray(), StringComparer.Ordinal))
            {
                dirty.Add(ControlCharacters.Remove(key)!);
            }

            fields[ControlCharacters.Remove(key)!] = new StringValues(cleaned);
        }

        context.Features.Set<IFormFeature>(new FormFeature(new FormCollection(fields, form.Files)));
        if (dirty.Count > 0)
        {
            context.Features.Set(new FieldsWithControlCharacters(dirty));
        }

        await next(context);
    }
}

/// <summary>The posted fields that held control characters before cleaning.</summary>
public sealed record FieldsWithControlCharacters(IReadOnlyList<string> Keys);

public static class ControlCharacters
{
    /// <summary>Line breaks and tabs are text; every other C0/C1 control character is not.</summary>
    public static string? Remove(string? value) =>
        value is null || !value.Any(IsUnwanted) ? value : string.Concat(value.Where(c => !IsUnwanted(c)));

    private static bool IsUnwanted(char c) => char.IsControl(c) && c is not ('\r' or '\n' or '\t');
}
