using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>One response as the browser received it: encoded body plus headers.</summary>
public sealed record TransferredResource(string Path, string Type, long Bytes, string Encoding)
{
    public string FileName => System.IO.Path.GetFileName(Path.Split('?')[0]);
}

/// <summary>
/// A first visit to one page: the page is opened in a fresh browser context (empty cache), every HTML
/// document, stylesheet and font it loads is counted with its encoded size, and axe audits what it shows.
/// Each page is visited once per run and shared by the tests that look at it: the accessibility audit
/// and the size and font checks each spent a page load of their own before, a minute and a half of CI.
/// </summary>
public sealed class FirstVisit
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<FirstVisit>>> Measured = new();

    private static readonly HashSet<string> CountedTypes = ["document", "stylesheet", "font"];

    // The weights of the visible text that contains Arabic letters, as the cascade computed them.
    private const string ArabicWeightsScript = """
        () => {
          const arabic = /[\u0600-\u06FF]/;
          const weights = new Set();
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const element = walker.currentNode.parentElement;
            if (!arabic.test(walker.currentNode.data) || !element || !element.checkVisibility()) continue;
            weights.add(Number(getComputedStyle(element).fontWeight));
          }
          return [...weights];
        }
        """;

    // Text in the Arabic font's unicode-range (marks U+200C-200F included), with where it sits, so that a
    // failure names what made the browser fetch the Arabic font.
    private const string ArabicRangeTextScript = """
        () => {
          const range = /[\u060C\u061B\u061F\u0621-\u06FF\u200C-\u200F]/;
          const found = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const element = walker.currentNode.parentElement;
            if (!range.test(walker.currentNode.data) || !element) continue;
            const text = walker.currentNode.data.trim().slice(0, 40);
            found.push(`${element.tagName.toLowerCase()}${element.className ? '.' + String(element.className).trim().split(/\s+/).join('.') : ''}: ${JSON.stringify(text)}`);
          }
          return found.slice(0, 10);
        }
        """;

    private FirstVisit(
        string path, IReadOnlyList<TransferredResource> resources, IReadOnlyList<int> arabicTextWeights, IReadOnlyList<string> arabicRangeText, IReadOnlyList<AxeResultItem> violations)
    {
        PagePath = path;
        Resources = resources;
        ArabicTextWeights = arabicTextWeights;
        ArabicRangeText = arabicRangeText;
        Violations = violations;
    }

    public string PagePath { get; }

    /// <summary>What axe found on the page (WCAG 2.2 AA and best practices, <see cref="AxeAudit.Tags"/>).</summary>
    public IReadOnlyList<AxeResultItem> Violations { get; }

    public IReadOnlyList<TransferredResource> Resources { get; }

    public IReadOnlyList<int> ArabicTextWeights { get; }

    public IReadOnlyList<string> ArabicRangeText { get; }

    public long Total => Resources.Sum(r => r.Bytes);

    public IEnumerable<string> FontFiles => Resources.Where(r => r.Type == "font").Select(r => r.FileName);

    public long BytesOf(string type) => Resources.Where(r => r.Type == type).Sum(r => r.Bytes);

    public static Task<FirstVisit> OfAsync(BrowserFixture fixture, string path, int status) =>
        Measured.GetOrAdd(path, _ => new Lazy<Task<FirstVisit>>(() => MeasureAsync(fixture, path, status))).Value;

    /// <summary>"path | HTML | CSS | fonts | total" in bytes, then one line per resource.</summary>
    public string Report()
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{PagePath} | html {BytesOf("document")} | css {BytesOf("stylesheet")} | fonts {BytesOf("font")} | total {Total} B");
        foreach (var resource in Resources)
        {
            text.AppendLine().Append(CultureInfo.InvariantCulture, $"  {resource.Bytes,7} B  {resource.Encoding,-8} {resource.Type,-10} {resource.Path}");
        }

        return text.ToString();
    }

    private static async Task<FirstVisit> MeasureAsync(BrowserFixture fixture, string path, int status)
    {
        await using var session = await fixture.NewSessionAsync();
        var finished = new ConcurrentQueue<IRequest>();
        session.Page.RequestFinished += (_, request) => finished.Enqueue(request);
        await session.GotoAsync(path, status);
        await session.Page.EvaluateAsync("() => document.fonts.ready");
        await session.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var weights = await session.Page.EvaluateAsync<int[]>(ArabicWeightsScript);
        var arabicRangeText = await session.Page.EvaluateAsync<string[]>(ArabicRangeTextScript);

        // What the page cost is taken before the audit, so that nothing axe does on the page (it draws
        // text on a canvas to find icon ligatures) can enter the count.
        var counted = finished.Where(r => CountedTypes.Contains(r.ResourceType)).ToList();
        var audit = await AxeAudit.RunAsync(session.Page);

        var resources = new List<TransferredResource>();
        foreach (var request in counted)
        {
            var sizes = await request.SizesAsync();
            var response = await request.ResponseAsync();
            var encoding = response is null ? null : await response.HeaderValueAsync("content-encoding");
            resources.Add(new TransferredResource(
                new Uri(request.Url).PathAndQuery,
                request.ResourceType,
                Math.Max(0, sizes.ResponseBodySize) + Math.Max(0, sizes.ResponseHeadersSize),
                encoding ?? "identity"));
        }

        session.Guard.AssertNothingLeftTheMachine();
        return new FirstVisit(path, resources, weights, arabicRangeText, audit.Violations);
    }
}
