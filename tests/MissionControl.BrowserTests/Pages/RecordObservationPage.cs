using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MissionControl.BrowserTests.Pages;

/// <summary>The form to record one observation, <c>/indicators/{slug}/observations/new</c>.</summary>
public sealed class RecordObservationPage(IPage page) : PageObject(page)
{
    public const string Title = "Record an observation";

    public async Task<RecordObservationPage> GotoAsync(string indicatorSlug)
    {
        await Page.GotoAsync($"/indicators/{indicatorSlug}/observations/new");
        await Expect(Heading).ToHaveTextAsync(Title);
        return this;
    }

    public ILocator Period => Page.GetByLabel("Period", new() { Exact = true });

    /// <summary>The value field; its label names the unit, e.g. "Value (thousand homes)".</summary>
    public ILocator Value => Page.GetByLabel(new Regex(@"^Value \("));

    public ILocator Provisional => Page.GetByRole(AriaRole.Checkbox, new() { Name = "Provisional", Exact = true });

    public ILocator SubmitButton => Page.GetByRole(AriaRole.Button, new() { Name = "Record observation", Exact = true });

    public async Task FillAsync(string period, string value, bool provisional = false)
    {
        await Period.FillAsync(period);
        await Value.FillAsync(value);
        await Provisional.SetCheckedAsync(provisional);
    }

    /// <summary>Records a valid observation and lands on the indicator page with its success banner.</summary>
    public async Task<IndicatorPage> RecordAsync(string period, string value, bool provisional = false)
    {
        await FillAsync(period, value, provisional);
        await SubmitButton.ClickAsync();
        await Page.WaitForURLAsync(new Regex(@"/indicators/[^/?]+\?saved=recorded$"));
        var indicator = new IndicatorPage(Page);
        await Expect(indicator.SuccessBanner).ToBeVisibleAsync();
        return indicator;
    }

    /// <summary>Sends the form expecting it back with errors.</summary>
    public async Task SubmitWithErrorsAsync(string period, string value)
    {
        await FillAsync(period, value);
        await SubmitButton.ClickAsync();
        await Expect(ErrorSummary).ToBeVisibleAsync();
    }

    /// <summary>The inline error of a field: the design system puts it inside the field's form group, above the input.</summary>
    public ILocator ErrorOf(ILocator field) => Page.Locator(".govuk-form-group").Filter(new() { Has = field }).Locator(".govuk-error-message");
}
