using System.Globalization;
using MissionControl.Core.Indicators;

namespace MissionControl.Core.Tests.Indicators;

/// <summary>Small builders shared by the indicator tests.</summary>
internal static class TestData
{
    /// <summary>A value at a period written as statistics offices write it, e.g. <c>At("2024-Q2", 3.1)</c>.</summary>
    public static DataPoint At(string period, double value) => new(Period.Parse(period), value);

    /// <summary>
    /// Reads a <c>year,value</c> series copied from the Open SDG test data (headline series of a Canadian
    /// SDG indicator, from the open-sdg/sdg-build test assets) into Indicators/Data.
    /// </summary>
    public static DataPoint[] ReadSdgCanadaSeries(string fileName) =>
    [
        .. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Indicators", "Data", fileName))
            .Skip(1)
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => line.Split(','))
            .Select(cells => At(cells[0], double.Parse(cells[1], CultureInfo.InvariantCulture))),
    ];
}
