using MissionControl.Core.Governance;

namespace MissionControl.Web.Features.Governance;

/// <summary>The words the governance pages use for kinds, roles, cadences, agenda sections and decision statuses.</summary>
public static class GovernanceText
{
    public static string Kind(BodyKind kind) => kind switch
    {
        BodyKind.MissionBoard => "Mission board",
        BodyKind.Secretariat => "Secretariat",
        BodyKind.DeliveryTeam => "Delivery team",
        BodyKind.AdvisoryBoard => "Advisory board",
        BodyKind.Ambassadors => "Ambassadors",
        BodyKind.VisionaryCouncil => "Visionary council",
        _ => "Steering committee",
    };

    public static string Role(MemberRole role) => role switch
    {
        MemberRole.Chair => "Chair",
        MemberRole.Secretary => "Secretary",
        MemberRole.Ambassador => "Ambassador",
        MemberRole.Adviser => "Adviser",
        _ => "Member",
    };

    public static string Cadence(MeetingCadence? cadence) => cadence switch
    {
        null => "No set cadence",
        MeetingCadence.Weekly => "Weekly",
        MeetingCadence.Fortnightly => "Every two weeks",
        MeetingCadence.Monthly => "Monthly",
        MeetingCadence.Quarterly => "Quarterly",
        MeetingCadence.HalfYearly => "Every six months",
        _ => "Yearly",
    };

    /// <summary>The heading of an agenda section.</summary>
    public static string Section(AgendaKind kind) => kind switch
    {
        AgendaKind.StatusWorsened => "Status worse than at the previous stocktake",
        AgendaKind.IndicatorOffTrack => "Indicators not on track",
        AgendaKind.InitiativeRed => "Initiatives rated red or amber-red",
        AgendaKind.ReviewOverdue => "Reviews overdue",
        AgendaKind.DecisionPending => "Gate decisions waiting",
        _ => "Open actions from earlier stocktakes",
    };

    /// <summary>Where an agenda item's subject is shown: an indicator, an initiative, or a decision on its stocktake's page.</summary>
    public static string Link(AgendaItemView item, IReadOnlyDictionary<int, int> decisionStocktakes) => item.Kind switch
    {
        AgendaKind.StatusWorsened or AgendaKind.IndicatorOffTrack => $"/indicators/{item.Subject}",
        AgendaKind.ActionOpen => StocktakeAgenda.DecisionId(item.Subject) is { } id && decisionStocktakes.TryGetValue(id, out var stocktake)
            ? $"/stocktakes/{stocktake}#{item.Subject}"
            : "#decisions",
        _ => $"/initiatives/{item.Subject}",
    };

    public static string Status(ActionStatus status) => status switch
    {
        ActionStatus.Open => "Open",
        ActionStatus.Done => "Done",
        _ => "Dropped",
    };

    public static string StatusModifier(ActionStatus status) => status switch
    {
        ActionStatus.Open => "govuk-tag--blue",
        ActionStatus.Done => "govuk-tag--green",
        _ => "govuk-tag--grey",
    };

    public static string Supplier(SupplierKind kind) => kind switch
    {
        SupplierKind.Staff => "Staff",
        SupplierKind.ExternalExpert => "External expert",
        _ => "Practitioner",
    };
}
