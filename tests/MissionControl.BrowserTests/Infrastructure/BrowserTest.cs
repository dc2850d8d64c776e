using Microsoft.Playwright;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>Base of every browser test: a new context and page per test, closed afterwards (with a screenshot if it failed).</summary>
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private IBrowserContext? _context;

    protected BrowserFixture Fixture { get; } = fixture;

    protected IPage Page { get; private set; } = null!;

    protected TestData Data => new(Fixture.Api);

    public async ValueTask InitializeAsync()
    {
        _context = await Fixture.NewContextAsync();
        Page = await _context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_context is null)
        {
            return;
        }

        if (TestContext.Current.TestState?.Result == TestResult.Failed)
        {
            await Screenshots.TakeAsync(Page, "failed-" + (TestContext.Current.TestMethod?.MethodName ?? "test"));
        }

        await _context.CloseAsync();
        GC.SuppressFinalize(this);
    }
}
