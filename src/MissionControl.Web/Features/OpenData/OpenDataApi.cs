using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using MissionControl.Core;
using MissionControl.Core.Data;
using MissionControl.Core.Indicators;
using MissionControl.Core.Missions;

namespace MissionControl.Web.Features.OpenData;

/// <summary>Bulk downloads for journalists and researchers: every public key figure, and every public observation.</summary>
public static class OpenDataApi
{
    public static IEndpointRouteBuilder MapOpenDataApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/open-data").WithTags("Open data").AllowAnonymous();

        group.MapGet("/key-figures.csv", async (MissionQueries missions, CancellationToken ct) =>
            {
                var list = await missions.ListAsync(includeDrafts: false, ct);
                return Csv("key-figures.csv", csv =>
                {
                    foreach (var header in new[] { "missionSlug", "missionTitle", "level", "deadline", "missionStatus", "parentSlug", "indicatorSlug", "indicatorName", "unit", "direction", "baselinePeriod", "baselineValue", "targetPeriod", "targetValue", "latestPeriod", "latestValue", "status", "method", "observedGrowth", "requiredGrowth", "ratio" })
                    {
                        csv.WriteField(header);
                    }

                    csv.NextRecord();
                    foreach (var m in list)
                    {
                        var k = m.KeyFigure;
                        csv.WriteField(m.Slug);
                        csv.WriteField(m.Title);
                        csv.WriteField(Codes.ToCode(m.Level));
                        csv.WriteField(m.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                        csv.WriteField(Codes.ToCode(m.Status));
                        csv.WriteField(m.ParentSlug);
                        csv.WriteField(k?.Slug);
                        csv.WriteField(k?.Name);
                        csv.WriteField(k?.Unit);
                        csv.WriteField(k is null ? null : Codes.ToCode(k.Direction));
                        csv.WriteField(k?.Baseline?.Period);
                        csv.WriteField(Number(k?.Baseline?.Value));
                        csv.WriteField(k?.Target?.Period);
                        csv.WriteField(Number(k?.Target?.Value));
                        csv.WriteField(k?.Latest?.Period);
                        csv.WriteField(Number(k?.Latest?.Value));
                        csv.WriteField(k?.Assessment.Status.ToCode());
                        csv.WriteField(k?.Assessment.Method);
                        csv.WriteField(Number(k?.Assessment.ObservedGrowth));
                        csv.WriteField(Number(k?.Assessment.RequiredGrowth));
                        csv.WriteField(Number(k?.Assessment.Ratio));
                        csv.NextRecord();
                    }
                });
            })
            .WithName("DownloadKeyFigures")
            .WithSummary("Every public mission's key figure with its stored assessment, as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        group.MapGet("/observations.csv", async (MissionControlDb db, CancellationToken ct) =>
            {
                var rows = await db.Observations.AsNoTracking()
                    .Join(db.Indicators.Where(i => i.Mission!.Status != MissionStatus.Draft), o => o.IndicatorId, i => i.Id, (o, i) => new { i.Slug, o })
                    .OrderBy(r => r.Slug).ThenBy(r => r.o.PeriodStart).ThenBy(r => r.o.Breakdown)
                    .ToListAsync(ct);
                return Csv("observations.csv", csv =>
                {
                    foreach (var header in new[] { "indicatorSlug", "period", "value", "breakdown", "flags", "sourceNote" })
                    {
                        csv.WriteField(header);
                    }

                    csv.NextRecord();
                    foreach (var r in rows)
                    {
                        csv.WriteField(r.Slug);
                        csv.WriteField(r.o.Period);
                        csv.WriteField(Number(r.o.Value));
                        csv.WriteField(r.o.Breakdown);
                        csv.WriteField(string.Join(';', ObservationCsv.FlagsOf(r.o)));
                        csv.WriteField(r.o.SourceNote);
                        csv.NextRecord();
                    }
                });
            })
            .WithName("DownloadObservations")
            .WithSummary("Every observation of every public indicator, as CSV")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");

        return app;
    }

    private static string? Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture);

    private static IResult Csv(string fileName, Action<CsvWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            write(csv);
        }

        return TypedResults.File(Encoding.UTF8.GetBytes(writer.ToString()), "text/csv; charset=utf-8", fileName);
    }
}
