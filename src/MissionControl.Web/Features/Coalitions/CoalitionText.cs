using System.Globalization;
using MissionControl.Core;
using MissionControl.Core.Coalitions;
using MissionControl.Core.Organisations;

namespace MissionControl.Web.Features.Coalitions;

/// <summary>How coalitions read on the pages: quantities with their units, statuses in words and colour.</summary>
public static class CoalitionText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("en-GB");

    public static string Quantity(decimal quantity) => quantity.ToString("#,0.##", Culture);

    public static string Amount(decimal quantity, string unit) => $"{Quantity(quantity)} {unit}";

    public static string Amount(Amount amount) => Amount(amount.Quantity, amount.Unit);

    public static string Kind(PledgeKind kind) => kind switch
    {
        PledgeKind.InKind => "In kind",
        _ => Infrastructure.Format.Words(kind),
    };

    public static string Sector(Sector sector) => Infrastructure.Format.Words(sector);

    public static string Status(PledgeStatus status) => Infrastructure.Format.Words(status);

    public static string StatusTagClass(PledgeStatus status) => status switch
    {
        PledgeStatus.Delivered => "govuk-tag--green",
        PledgeStatus.PartlyDelivered => "govuk-tag--turquoise",
        PledgeStatus.Withdrawn => "govuk-tag--grey",
        _ => "govuk-tag--blue",
    };

    public static string Effect(StakeholderEffect effect) => Infrastructure.Format.Words(effect);

    public static string EffectTagClass(StakeholderEffect effect) => effect switch
    {
        StakeholderEffect.Benefiting => "govuk-tag--green",
        StakeholderEffect.NegativelyAffected => "govuk-tag--red",
        _ => "govuk-tag--grey",
    };

    /// <summary>Evidence that is a web address is shown as a link.</summary>
    public static bool IsLink(string evidence) =>
        Uri.TryCreate(evidence, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static IEnumerable<(string Value, string Text)> SectorChoices =>
        Enum.GetValues<Sector>().Select(s => (Codes.ToCode(s), Sector(s)));

    public static IEnumerable<(string Value, string Text)> KindChoices =>
        Enum.GetValues<PledgeKind>().Select(k => (Codes.ToCode(k), Kind(k)));

    public static IEnumerable<(string Value, string Text)> ScaleChoices =>
        [("1", "1 – very low"), ("2", "2 – low"), ("3", "3 – medium"), ("4", "4 – high"), ("5", "5 – very high")];

    public static IEnumerable<(string Value, string Text)> EffectChoices =>
        Enum.GetValues<StakeholderEffect>().Select(e => (Codes.ToCode(e), Effect(e)));

    public static string? Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A number typed in a form; text that is not a number is kept as an error by the caller.</summary>
    public static decimal? ParseDecimal(string? text, string field, ValidationErrors errors, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal).Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(field, $"Enter {label} as a number, e.g. 2500000.");
        return null;
    }
}
