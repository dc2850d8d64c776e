using MissionControl.Core;
using MissionControl.Core.Portfolio;
using MissionControl.Web.Infrastructure;

namespace MissionControl.Web.Features.Consultations;

/// <summary>Consultation words as the pages show them.</summary>
public static class ConsultationText
{
    public static readonly IReadOnlyList<(string Value, string Text)> Channels =
    [
        ("online", "Online call for proposals"),
        ("workshop", "Workshops"),
        ("citizen-panel", "Citizen panel"),
        ("visionary-council", "Visionary council"),
    ];

    public static string Channel(string code) => Channels.FirstOrDefault(c => c.Value == code).Text ?? code;

    public static string StateTag(string state) => state switch
    {
        "open" => "govuk-tag--green",
        "closed" => "govuk-tag--grey",
        _ => "govuk-tag--blue",
    };

    public static string StateWords(string state) => state switch
    {
        "open" => "Open",
        "closed" => "Closed",
        _ => "Opens soon",
    };

    public static string Stage(string code) => Codes.TryParse<Stage>(code, out var stage) ? Format.Words(stage) : code;

    public static string Decision(string code) => Codes.TryParse<GateDecisionKind>(code, out var d) ? Format.Words(d) : code;

    public static string Supports(int count) => count == 1 ? "1 supporter" : $"{count} supporters";
}
