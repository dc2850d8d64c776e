using System.Net.Http.Headers;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(MissionControl.BrowserTests.Infrastructure.BrowserFixture))]

// One app and one browser for the whole run. The tests create their own missions, but on two cores they
// are steadier one at a time than competing for the CPU against a single Kestrel and Chromium.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>Starts the app once on Kestrel and one headless Chromium; each test opens its own browser context.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public MissionControlApp App { get; } = new();

    public Uri BaseAddress => App.BaseAddress;

    /// <summary>An API client authenticated with the bootstrap administrator's bearer token.</summary>
    public HttpClient Api { get; private set; } = null!;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    public async ValueTask InitializeAsync()
    {
        App.StartServer();
        Api = new HttpClient { BaseAddress = BaseAddress };
        Api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", MissionControlApp.ApiToken);

        // The machine's Chromium, not a downloaded one: no `playwright install`.
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
            ],
        });

        // Two cores, often shared with other builds and test runs (load averages above 10 were seen): a page
        // can take many seconds. Generous limits cost nothing when things go well.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A fresh context (no cookies) with its own page, on a desktop-sized viewport.</summary>
    public async Task<IBrowserContext> NewContextAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            Locale = "en-GB",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        context.SetDefaultTimeout(30_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        Api?.Dispose();
        await App.DisposeAsync();
    }
}
