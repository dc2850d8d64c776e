using System.Data;
using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;
using MissionControl.Core;
using MissionControl.Core.Portfolio;

namespace MissionControl.Web.Features.Portfolio;

/// <summary>The cross-mission initiative list as CSV and as an Excel workbook, with the same columns.</summary>
public static class PortfolioExport
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly string[] Columns =
    [
        "mission", "initiative", "title", "stage", "innovationType", "deliveryConfidence", "budgetAmount", "budgetCurrency",
        "nextReviewDue", "reviewOverdue", "ownerOrganisation", "lead", "predatesMission",
    ];

    private static object?[] Values(InitiativeCard c) =>
    [
        c.MissionSlug, c.Slug, c.Title, Codes.ToCode(c.Stage), Codes.ToCode(c.InnovationType),
        c.DeliveryConfidence is { } d ? Codes.ToCode(d) : null, c.Budget?.Amount, c.Budget?.Currency,
        Dates.Format(c.NextReviewDue), c.ReviewOverdue, c.OwnerOrganisation, c.Lead, c.PredatesMission,
    ];

    public static byte[] Csv(IReadOnlyList<InitiativeCard> cards)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true))
        {
            foreach (var column in Columns)
            {
                csv.WriteField(column);
            }

            csv.NextRecord();
            foreach (var card in cards)
            {
                foreach (var value in Values(card))
                {
                    csv.WriteField(value switch
                    {
                        decimal m => m.ToString(CultureInfo.InvariantCulture),
                        bool b => b ? "true" : "false",
                        _ => value?.ToString(),
                    });
                }

                csv.NextRecord();
            }
        }

        return Encoding.UTF8.GetBytes(writer.ToString());
    }

    /// <summary>A table rather than objects, so an empty list still gives a sheet with its header row.</summary>
    public static byte[] Excel(IReadOnlyList<InitiativeCard> cards)
    {
        using var table = new DataTable("Initiatives") { Locale = CultureInfo.InvariantCulture };
        foreach (var column in Columns)
        {
            table.Columns.Add(column, column switch
            {
                "budgetAmount" => typeof(decimal),
                "reviewOverdue" or "predatesMission" => typeof(bool),
                _ => typeof(string),
            });
        }

        foreach (var card in cards)
        {
            table.Rows.Add([.. Values(card).Select(v => v ?? DBNull.Value)]);
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: "Initiatives");
        return stream.ToArray();
    }
}
