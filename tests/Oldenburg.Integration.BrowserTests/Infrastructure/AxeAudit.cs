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
