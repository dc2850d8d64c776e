using Microsoft.Playwright;

namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>Full-page screenshots to /tmp/mc-shots (or MC_SCREENSHOTS) for people to look at; they assert nothing.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Environment.GetEnvironmentVariable("MC_SCREENSHOTS") is { Length: > 0 } folder
        ? folder
        : "/tmp/mc-shots";

    public static async Task TakeAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }
}
