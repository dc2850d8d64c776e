namespace MissionControl.Core.Governance;

public enum LineChange
{
    Unchanged,
    Added,
    Removed,
}

/// <summary>One line of a section as compared: kept, added in the newer version, or removed from the older.</summary>
public sealed record DiffLine(LineChange Change, string Text);

/// <summary>A section of the letter with its lines in reading order.</summary>
public sealed record SectionDiff(string Section, IReadOnlyList<DiffLine> Lines)
{
    public bool Changed => Lines.Any(l => l.Change != LineChange.Unchanged);
}

/// <summary>The text of a letter, section by section, one line per goal, stakeholder, milestone or paragraph.</summary>
public sealed record LetterText(
    string Landmark,
    IReadOnlyList<string> Goals,
    string? Scope,
    IReadOnlyList<string> Stakeholders,
    IReadOnlyList<string> Milestones,
    string? ReportingCadence,
    IReadOnlyList<string> NoLongerPriorities)
{
    public const string MissionSection = "The mission";
    public const string GoalsSection = "Goals and deadlines";
    public const string ScopeSection = "Scope";
    public const string StakeholdersSection = "Stakeholders to involve";
    public const string MilestonesSection = "Milestones for follow-up";
    public const string ReportingSection = "Reporting";
    public const string NoLongerSection = "No longer a priority";

    public static LetterText Of(MissionLetter letter) => new(letter.Landmark, [.. letter.Goals.Select(LetterGoals.Describe)], letter.Scope,
        letter.Stakeholders, letter.Milestones, letter.ReportingCadence, letter.NoLongerPriorities);

    /// <summary>The sections in the order the letter reads; free text is split into its lines.</summary>
    public IReadOnlyList<(string Section, IReadOnlyList<string> Lines)> Sections =>
    [
        (MissionSection, Split(Landmark)),
        (GoalsSection, Goals),
        (ScopeSection, Split(Scope)),
        (StakeholdersSection, Stakeholders),
        (MilestonesSection, Milestones),
        (ReportingSection, Split(ReportingCadence)),
        (NoLongerSection, NoLongerPriorities),
    ];

    public static IReadOnlyList<string> Split(string? text) =>
        text is null ? [] : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}

/// <summary>
/// What changed between two versions of a mission letter, section by section and line by line: the lines of
/// the longest common subsequence are unchanged, the others removed (only in the older) or added (only in the
/// newer), in reading order with a removal before the addition that replaces it.
/// </summary>
public static class LetterDiff
{
    public static IReadOnlyList<SectionDiff> Compare(LetterText older, LetterText newer) =>
        [.. older.Sections.Zip(newer.Sections, (o, n) => new SectionDiff(n.Section, Lines(o.Lines, n.Lines)))];

    public static IReadOnlyList<DiffLine> Lines(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        var a = older.Select(l => l.Trim()).ToArray();
        var b = newer.Select(l => l.Trim()).ToArray();

        // common[i, j]: the length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal)
                    ? common[i + 1, j + 1] + 1
                    : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var lines = new List<DiffLine>(a.Length + b.Length);
        int x = 0, y = 0;
        while (x < a.Length && y < b.Length)
        {
            if (string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                lines.Add(new DiffLine(LineChange.Unchanged, b[y]));
                x++;
                y++;
            }
            else if (common[x + 1, y] >= common[x, y + 1])
            {
                lines.Add(new DiffLine(LineChange.Removed, a[x++]));
            }
            else
            {
                lines.Add(new DiffLine(LineChange.Added, b[y++]));
            }
        }

        lines.AddRange(a[x..].Select(l => new DiffLine(LineChange.Removed, l)));
        lines.AddRange(b[y..].Select(l => new DiffLine(LineChange.Added, l)));
        return lines;
    }
}
