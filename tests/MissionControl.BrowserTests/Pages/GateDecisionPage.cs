using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The form to record a stage-gate decision, <c>/initiatives/{slug}/gate-decisions/new</c>.</summary>
public sealed class GateDecisionPage(IPage page) : PageObject(page)
{
    public const string Title = "Record a gate decision";

    /// <summary>The decision list's choice to move on a stage.</summary>
    public const string Advance = "Advance to a later stage";

    /// <summary>The decision list's choice to close the initiative; it needs an exit plan.</summary>
    public const string Stop = "Stop";

    public async Task<GateDecisionPage> GotoAsync(string initiativeSlug)
    {
        await Page.GotoAsync($"/initiatives/{initiativeSlug}/gate-decisions/new");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    public ILocator Decision => Page.GetByLabel("Decision", new() { Exact = true });

    public ILocator ToStage => Page.GetByLabel("To stage", new() { Exact = true });

    public ILocator Rationale => Page.GetByLabel("Rationale", new() { Exact = true });

    /// <summary>The fieldset "Exit plan (to stop or repurpose)" with its four questions.</summary>
    public ILocator ExitPlan => Page.GetByRole(AriaRole.Group, new() { Name = "Exit plan (to stop or repurpose)", Exact = true });

    public ILocator ExitKept => ExitPlan.GetByLabel("What is kept", new() { Exact = true });

    /// <summary>The exit plan's own error, at the top of its fieldset (not one of its fields').</summary>
    public ILocator ExitPlanError => ExitPlan.Locator(":scope > .govuk-error-message");

    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Record decision", Exact = true });

    /// <summary>Chooses the decision by its words, e.g. <see cref="Advance"/>, and writes the rationale.</summary>
    public async Task FillAsync(string decision, string rationale)
    {
        await Decision.SelectOptionAsync(new SelectOptionValue { Label = decision });
        await Rationale.FillAsync(rationale);
    }

    /// <summary>Records a valid decision and lands on the initiative page with its success banner.</summary>
    public async Task<InitiativePage> RecordAsync(string decision, string rationale)
    {
        await FillAsync(decision, rationale);
        await SubmitButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/initiatives/[^/?]+\?saved=decided$"));
        var initiative = new InitiativePage(Page);
        await Expect(initiative.SuccessBanner).ToBeVisibleAsync();
        return initiative;
    }

    /// <summary>Sends the form expecting it back with errors.</summary>
    public async Task SubmitWithErrorsAsync(string decision, string rationale)
    {
        await FillAsync(decision, rationale);
        await SubmitButton.ClickAsync();
        await Expect(ErrorSummary).ToBeVisibleAsync();
    }

    /// <summary>The inline error of a field: the design system puts it inside the field's form group, above the input.</summary>
    public ILocator ErrorOf(ILocator field) => Page.Locator(".govuk-form-group").Filter(new() { Has = field }).Locator(".govuk-error-message");
}
