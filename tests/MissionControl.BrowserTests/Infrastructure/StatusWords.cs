namespace MissionControl.BrowserTests.Infrastructure;

/// <summary>The words beside each status colour (SCREENS.md: every status is colour and words), by the API's code.</summary>
public static class StatusWords
{
    public static readonly IReadOnlyDictionary<string, string> ByCode = new Dictionary<string, string>
    {
        ["achieved"] = "Achieved",
        ["on-track"] = "On track",
        ["moderate"] = "Moderate progress",
        ["insufficient"] = "Insufficient progress",
        ["moving-away"] = "Moving away",
        ["not-assessable"] = "Not assessable",
    };
}
