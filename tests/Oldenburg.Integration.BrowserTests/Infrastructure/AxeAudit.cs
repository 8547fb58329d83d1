using System.Text;

using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

using Microsoft.Playwright;

namespace Oldenburg.Integration.BrowserTests.Infrastructure;

/// <summary>Runs axe-core against WCAG 2.0, 2.1 and 2.2 A/AA (target size included) plus axe's best practices; any violation fails.</summary>
public static class AxeAudit
{
    public static readonly IReadOnlyList<string> Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    public static async Task<AxeResult> RunAsync(IPage page) =>
        await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] },
            ResultTypes = [ResultType.Violations],
        });

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await RunAsync(page);
        Assert.True(result.Violations.Length == 0, Describe(page.Url, result.Violations));
    }

    /// <summary>
    /// Audits many pages two at a time and lists every page's violations at once. The signed-in staff pages
    /// took 9 of the CI's 30 minutes one at a time and 6 two at a time (the sign-in and the server's work
    /// overlap with the other page's audit). Each page still gets a fresh context of its own.
    /// </summary>
    public static async Task AssertPagesHaveNoViolationsAsync<TPage>(IEnumerable<TPage> pages, Func<TPage, Task<BrowserSession>> open)
    {
        var failures = new System.Collections.Concurrent.ConcurrentQueue<string>();
        await Parallel.ForEachAsync(pages, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (page, _) =>
        {
            await using var session = await open(page);
            var result = await RunAsync(session.Page);
            session.Guard.AssertNothingLeftTheMachine();
            if (result.Violations.Length > 0)
            {
                failures.Enqueue(Describe(session.Page.Url, result.Violations));
            }
        });
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures));
    }

    public static string Describe(string url, IEnumerable<AxeResultItem> violations)
    {
        var text = new StringBuilder($"axe found accessibility violations on {url}:");
        foreach (var violation in violations)
        {
            text.AppendLine().Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ")
                .Append(violation.Help).Append(' ').Append(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                text.AppendLine().Append("    at ").Append(node.Target).Append("  ").Append(node.Html);
            }
        }

        return text.ToString();
    }
}
