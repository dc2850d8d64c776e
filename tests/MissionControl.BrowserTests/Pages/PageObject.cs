using Microsoft.Playwright;

namespace MissionControl.BrowserTests.Pages;

/// <summary>What every screen has: one h1, the design system's success banner and error summary.</summary>
public abstract class PageObject(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator Heading => Page.GetByRole(AriaRole.Heading, new() { Level = 1 });

    /// <summary>The notification banner headed "Success".</summary>
    public ILocator SuccessBanner => Page.GetByRole(AriaRole.Alert)
        .Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "Success", Exact = true }) });

    /// <summary>The error summary headed "There is a problem" (the innermost alert holding that heading).</summary>
    public ILocator ErrorSummary => Page.GetByRole(AriaRole.Alert)
        .Filter(new() { Has = Page.GetByRole(AriaRole.Heading, new() { Name = "There is a problem", Exact = true }) })
        .Last;

    /// <summary>The links in the error summary, one per message, each to its field or row.</summary>
    public ILocator ErrorSummaryLinks => ErrorSummary.GetByRole(AriaRole.Link);
}
