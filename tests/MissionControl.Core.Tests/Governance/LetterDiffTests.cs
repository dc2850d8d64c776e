using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>
/// Two versions of a letter compared section by section, line by line: lines in the longest common subsequence
/// are unchanged, the rest removed or added, in reading order, a removal before the addition that replaces it.
/// </summary>
public class LetterDiffTests
{
    private static IReadOnlyList<string> Show(IEnumerable<DiffLine> lines) =>
        [.. lines.Select(l => l.Change switch { LineChange.Added => "+ ", LineChange.Removed => "- ", _ => "  " } + l.Text)];

    private static LetterText Letter(
        IReadOnlyList<string>? goals = null,
        string? scope = "Energy, transport and farming.",
        IReadOnlyList<string>? stakeholders = null,
        IReadOnlyList<string>? milestones = null,
        string? reporting = "Quarterly stocktake with the Prime Minister",
        IReadOnlyList<string>? noLonger = null) =>
        new("70% less greenhouse gas by 2030 than in 1990",
            goals ?? ["Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2030"],
            scope, stakeholders ?? ["Danish Energy Agency"], milestones ?? [], reporting, noLonger ?? []);

    [Fact]
    public void Lines_OneRemovedOneAdded_KeepsTheCommonLinesInOrder()
    {
        // Common subsequence A, C: B was removed, D added at the end.
        var lines = LetterDiff.Lines(["A", "B", "C"], ["A", "C", "D"]);

        Assert.Equal(["  A", "- B", "  C", "+ D"], Show(lines));
    }

    [Fact]
    public void Lines_LineReplaced_RemovalBeforeAddition()
    {
        Assert.Equal(["  Unions", "- Farmers", "+ Farmers' association"], Show(LetterDiff.Lines(["Unions", "Farmers"], ["Unions", "Farmers' association"])));
    }

    [Fact]
    public void Lines_Reordered_LongestCommonRunKept()
    {
        // A B C → C A B: the common subsequence A B (length 2) beats C (length 1), so C moves: added first, removed last.
        Assert.Equal(["+ C", "  A", "  B", "- C"], Show(LetterDiff.Lines(["A", "B", "C"], ["C", "A", "B"])));
    }

    [Fact]
    public void Lines_FromNothing_AllAdded()
    {
        Assert.Equal(["+ A", "+ B"], Show(LetterDiff.Lines([], ["A", "B"])));
    }

    [Fact]
    public void Lines_ToNothing_AllRemoved()
    {
        Assert.Equal(["- A", "- B"], Show(LetterDiff.Lines(["A", "B"], [])));
    }

    [Fact]
    public void Lines_SurroundingSpaces_NotAChange()
    {
        var lines = LetterDiff.Lines(["  Danish Energy Agency "], ["Danish Energy Agency"]);

        Assert.Equal(["  Danish Energy Agency"], Show(lines));
    }

    [Fact]
    public void Compare_SameLetter_EverySectionUnchanged()
    {
        var sections = LetterDiff.Compare(Letter(), Letter());

        Assert.Equal(
            [LetterText.MissionSection, LetterText.GoalsSection, LetterText.ScopeSection, LetterText.StakeholdersSection,
             LetterText.MilestonesSection, LetterText.ReportingSection, LetterText.NoLongerSection],
            sections.Select(s => s.Section));
        Assert.All(sections, s => Assert.False(s.Changed, s.Section));
    }

    [Fact]
    public void Compare_NewTargetStakeholderAndDroppedItem_OnlyThoseSectionsChange()
    {
        var older = Letter(goals: ["Net greenhouse-gas emissions at most 30 Mt CO2e by 2030", "Homes retrofitted at least 1,000,000 homes by 2028"]);
        var newer = Letter(
            goals: ["Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2030", "Homes retrofitted at least 1,000,000 homes by 2028"],
            stakeholders: ["Danish Energy Agency", "Farmers' association"],
            noLonger: ["The national hydrogen strategy"]);

        var sections = LetterDiff.Compare(older, newer).ToDictionary(s => s.Section);

        Assert.Equal(
        [
            "- Net greenhouse-gas emissions at most 30 Mt CO2e by 2030",
            "+ Net greenhouse-gas emissions at most 23.8 Mt CO2e by 2030",
            "  Homes retrofitted at least 1,000,000 homes by 2028",
        ], Show(sections[LetterText.GoalsSection].Lines));
        Assert.Equal(["  Danish Energy Agency", "+ Farmers' association"], Show(sections[LetterText.StakeholdersSection].Lines));
        Assert.Equal(["+ The national hydrogen strategy"], Show(sections[LetterText.NoLongerSection].Lines));
        Assert.Equal([LetterText.GoalsSection, LetterText.StakeholdersSection, LetterText.NoLongerSection],
            sections.Values.Where(s => s.Changed).Select(s => s.Section));
    }

    [Fact]
    public void Compare_ScopeParagraphs_ComparedLineByLine()
    {
        var older = Letter(scope: "Energy and transport.\nNot aviation.");
        var newer = Letter(scope: "Energy and transport.\n\nAviation from 2028.\n");

        var scope = Assert.Single(LetterDiff.Compare(older, newer), s => s.Section == LetterText.ScopeSection);

        Assert.Equal(["  Energy and transport.", "- Not aviation.", "+ Aviation from 2028."], Show(scope.Lines));
    }

    [Fact]
    public void Compare_ReportingCadenceChanged_OldRemovedNewAdded()
    {
        var sections = LetterDiff.Compare(Letter(reporting: "Twice a year"), Letter(reporting: "Every quarter"));

        var reporting = Assert.Single(sections, s => s.Changed);
        Assert.Equal(LetterText.ReportingSection, reporting.Section);
        Assert.Equal(["- Twice a year", "+ Every quarter"], Show(reporting.Lines));
    }
}
