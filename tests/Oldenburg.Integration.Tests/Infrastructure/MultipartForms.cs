using System.Net.Http.Headers;

namespace Oldenburg.Integration.Tests.Infrastructure;

public sealed record UploadFile(string Field, string FileName, byte[] Content, string ContentType);

/// <summary>Posts a form as multipart/form-data with files, as a browser does for enctype="multipart/form-data".</summary>
public static class MultipartForms
{
    public static Task<HttpResponseMessage> PostMultipartAsync(
        this HtmlForm form, HttpClient client, IReadOnlyDictionary<string, string>? changes = null, params UploadFile[] files)
    {
        var fields = form.Fields.ToList();
        foreach (var (name, value) in changes ?? new Dictionary<string, string>())
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        foreach (var file in files)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = MediaTypeHeaderValue.Parse(file.ContentType);
            content.Add(part, file.Field, file.FileName);
        }

        return client.PostAsync(form.Action, content);
    }
}
