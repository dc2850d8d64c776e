using Microsoft.EntityFrameworkCore;
using MissionControl.Core.Data;

namespace MissionControl.Core.Indicators;

/// <summary>An observation as submitted by a form, a JSON array or a CSV row.</summary>
public sealed record ObservationInput
{
    public string? Period { get; init; }

    public double? Value { get; init; }

    /// <summary>A region or other breakdown; absent for the headline series.</summary>
    public string? Breakdown { get; init; }

    /// <summary>Any of <c>provisional</c> and <c>estimated</c>.</summary>
    public IReadOnlyList<string>? Flags { get; init; }

    public string? SourceNote { get; init; }
}

/// <summary>How a batch went: how many observations were new and how many replaced an earlier value.</summary>
public sealed record RecordedObservations(int Created, int Updated, StoredAssessment Assessment);

/// <summary>
/// Records a batch of observations all or nothing: every row is validated first, then all are upserted by
/// (indicator, period, breakdown) and the indicator is reassessed, in one transaction.
/// </summary>
public sealed class RecordObservations(MissionControlDb db)
{
    public const int MaxRows = 50_000;
    public const string Provisional = "provisional";
    public const string Estimated = "estimated";

    public async Task<Outcome<RecordedObservations>> RecordAsync(string indicatorSlug, IReadOnlyList<ObservationInput> rows, CancellationToken ct = default)
    {
        var indicator = await db.Indicators.FirstOrDefaultAsync(i => i.Slug == indicatorSlug, ct);
        if (indicator is null)
        {
            return Outcome<RecordedObservations>.NotFound($"There is no indicator '{indicatorSlug}'.");
        }

        var errors = Validate(rows, out var parsed);
        if (errors.Any)
        {
            return Outcome<RecordedObservations>.Invalid(errors);
        }

        // An indicator's series is small next to a batch, so one read of all of it beats a huge IN list.
        var existing = await db.Observations.Where(o => o.IndicatorId == indicator.Id).ToListAsync(ct);
        var byKey = existing.ToDictionary(o => (o.Period, o.Breakdown));
        int created = 0, updated = 0;
        var now = db.Now;
        foreach (var row in parsed)
        {
            var key = (row.Period.ToString(), row.Breakdown);
            if (byKey.TryGetValue(key, out var observation))
            {
                if (observation.Value == row.Value && observation.Provisional == row.Provisional
                    && observation.Estimated == row.Estimated && observation.SourceNote == row.SourceNote)
                {
                    continue;
                }

                updated++;
            }
            else
            {
                observation = new Observation { IndicatorId = indicator.Id, Period = key.Item1, Breakdown = row.Breakdown };
                db.Observations.Add(observation);
                byKey[key] = observation;
                created++;
            }

            observation.PeriodStart = row.Period.Start;
            observation.Value = row.Value;
            observation.Provisional = row.Provisional;
            observation.Estimated = row.Estimated;
            observation.SourceNote = row.SourceNote;
            observation.RecordedAt = now;
            observation.RecordedBy = db.Actor.Name;
        }

        if (created + updated > 0)
        {
            var headline = byKey.Values.Where(o => o.Breakdown == Observation.Headline)
                .Select(o => new DataPoint(Period.Parse(o.Period), o.Value));
            AssessIndicator.Store(indicator, headline, now);
            indicator.UpdatedAt = now;
            await db.SaveChangesAsync(ct);
        }

        return Outcome<RecordedObservations>.Ok(new RecordedObservations(created, updated, indicator.Assessment));
    }

    public sealed record ParsedRow(Period Period, double Value, string Breakdown, bool Provisional, bool Estimated, string? SourceNote);

    /// <summary>Checks every row and names each bad one: <c>rows[3].value</c> is the third row's value (rows count from 1).</summary>
    public static ValidationErrors Validate(IReadOnlyList<ObservationInput> rows, out List<ParsedRow> parsed)
    {
        var errors = new ValidationErrors();
        parsed = new List<ParsedRow>(rows.Count);
        if (rows.Count == 0)
        {
            errors.Add("rows", "There are no observations to record.");
            return errors;
        }

        if (rows.Count > MaxRows)
        {
            errors.Add("rows", $"Send at most {MaxRows:N0} observations at a time; this request has {rows.Count:N0}.");
            return errors;
        }

        var seen = new Dictionary<(Period, string), int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i] ?? new ObservationInput();
            var name = $"rows[{i + 1}]";
            var ok = true;
            if (!Period.TryParse(row.Period, out var period))
            {
                errors.Add($"{name}.period", string.IsNullOrWhiteSpace(row.Period)
                    ? $"Row {i + 1}: enter a period, e.g. 2024 or 2024-Q2."
                    : $"Row {i + 1}: '{Clip(row.Period)}' is not a period. Use 2024, 2024-Q2, 2024-03 or 2024-03-15.");
                ok = false;
            }

            if (row.Value is not { } value || !double.IsFinite(value))
            {
                errors.Add($"{name}.value", $"Row {i + 1}: enter the value as a number.");
                ok = false;
            }

            var breakdown = row.Breakdown?.Trim() ?? Observation.Headline;
            if (breakdown.Length > 120)
            {
                errors.Add($"{name}.breakdown", $"Row {i + 1}: the breakdown must be 120 characters or fewer.");
                ok = false;
            }

            if (row.SourceNote is { Length: > 1000 })
            {
                errors.Add($"{name}.sourceNote", $"Row {i + 1}: the source note must be 1,000 characters or fewer.");
                ok = false;
            }

            var flags = row.Flags ?? [];
            var unknown = flags.Where(f => f is not (Provisional or Estimated)).ToList();
            if (unknown.Count > 0)
            {
                errors.Add($"{name}.flags", $"Row {i + 1}: unknown flag '{Clip(unknown[0])}'. Flags are provisional and estimated.");
                ok = false;
            }

            if (!ok)
            {
                continue;
            }

            if (seen.TryGetValue((period, breakdown), out var first))
            {
                errors.Add($"{name}.period", $"Row {i + 1}: period {period}{(breakdown.Length > 0 ? $" ({breakdown})" : "")} is already given in row {first}.");
                continue;
            }

            seen[(period, breakdown)] = i + 1;
            parsed.Add(new ParsedRow(period, row.Value!.Value, breakdown, flags.Contains(Provisional), flags.Contains(Estimated),
                string.IsNullOrWhiteSpace(row.SourceNote) ? null : row.SourceNote.Trim()));
        }

        return errors;
    }

    private static string Clip(string? text) => text is { Length: > 30 } ? text[..30] + "…" : text ?? "";
}
