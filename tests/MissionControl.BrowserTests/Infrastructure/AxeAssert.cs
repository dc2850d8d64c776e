using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>axe-core in the page; fails on violations of impact serious or critical and lists each one.</summary>
public static class AxeAssert
{
    public static async Task NoSeriousViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        Assert.NotEmpty(result.Passes); // axe really ran on the page
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (serious.Count > 0)
        {
            Assert.Fail($"axe found {serious.Count} serious or critical violation(s) on {page.Url}:\n" + string.Join("\n", serious.Select(Describe)));
        }
    }

    private static string Describe(AxeResultItem violation) =>
        $"- [{violation.Impact}] {violation.Id}: {violation.Help} ({violation.HelpUrl})\n" +
        string.Join("\n", violation.Nodes.Take(5).Select(n => $"    {n.Target}: {n.Html}"));
}
