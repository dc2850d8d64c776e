using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace MissionControl.Core.Indicators;

/// <summary>
/// Reads and writes observations as CSV with the header <c>period,value</c> and the optional columns
/// <c>breakdown</c>, <c>flags</c> (e.g. <c>provisional;estimated</c>) and <c>sourceNote</c>.
/// </summary>
public static class ObservationCsv
{
    public static readonly IReadOnlyList<string> Columns = ["period", "value", "breakdown", "flags", "sourceNote"];

    /// <summary>
    /// Parses CSV text into rows. A value that is not a number is kept as null so that validation names the
    /// row; a broken file (no header, unknown columns) is reported under <c>file</c>.
    /// </summary>
    public static Outcome<List<ObservationInput>> Parse(TextReader reader)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            BadDataFound = null,
            MissingFieldFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            return Outcome<List<ObservationInput>>.Invalid("file", "The file is empty. The first line must be the header period,value.");
        }

        var columns = header.Select(h => h.Trim()).ToArray();
        var unknown = columns.Where(c => !Columns.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
        if (unknown.Count > 0 || !columns.Contains("period", StringComparer.OrdinalIgnoreCase) || !columns.Contains("value", StringComparer.OrdinalIgnoreCase))
        {
            return Outcome<List<ObservationInput>>.Invalid("file", unknown.Count > 0
                ? $"Unknown column '{unknown[0]}'. The columns are {string.Join(", ", Columns)}; period and value are required."
                : $"The header must name the columns period and value (found: {string.Join(", ", columns)}).");
        }

        string? Field(string name)
        {
            var index = Array.FindIndex(columns, c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase));
            return index >= 0 && csv.TryGetField(index, out string? text) && !string.IsNullOrWhiteSpace(text) ? text : null;
        }

        var rows = new List<ObservationInput>();
        while (csv.Read())
        {
            if (rows.Count > RecordObservations.MaxRows)
            {
                return Outcome<List<ObservationInput>>.Invalid("file", $"The file has more than {RecordObservations.MaxRows:N0} rows. Split it into smaller files.");
            }

            var valueText = Field("value");
            rows.Add(new ObservationInput
            {
                Period = Field("period"),
                Value = double.TryParse(valueText, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null,
                Breakdown = Field("breakdown"),
                Flags = Field("flags")?.Split([';', '|', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    .Select(f => f.ToLowerInvariant()).ToList(),
                SourceNote = Field("sourceNote"),
            });
        }

        return Outcome<List<ObservationInput>>.Ok(rows);
    }

    public static void Write(TextWriter writer, IEnumerable<Observation> observations)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var o in observations)
        {
            csv.WriteField(o.Period);
            csv.WriteField(o.Value.ToString("R", CultureInfo.InvariantCulture));
            csv.WriteField(o.Breakdown);
            csv.WriteField(string.Join(';', FlagsOf(o)));
            csv.WriteField(o.SourceNote ?? "");
            csv.NextRecord();
        }
    }

    public static IEnumerable<string> FlagsOf(Observation o)
    {
        if (o.Provisional)
        {
            yield return RecordObservations.Provisional;
        }

        if (o.Estimated)
        {
            yield return RecordObservations.Estimated;
        }
    }
}
