using MissionControl.Core.Indicators;

namespace MissionControl.Core.Tests.Indicators;

public class PeriodTests
{
    // ---- Parsing the four forms -------------------------------------------------------------------

    [Fact]
    public void Parse_Year_StartsOnFirstOfJanuary()
    {
        var period = Period.Parse("2024");

        Assert.Equal(PeriodGranularity.Year, period.Granularity);
        Assert.Equal(new DateOnly(2024, 1, 1), period.Start);
        Assert.Equal(Period.Year(2024), period);
    }

    [Theory]
    [InlineData("2024-Q1", 1)]
    [InlineData("2024-Q2", 4)]
    [InlineData("2024-Q3", 7)]
    [InlineData("2024-Q4", 10)]
    public void Parse_Quarter_StartsOnFirstDayOfItsFirstMonth(string text, int firstMonth)
    {
        // Quarter q starts in month 3(q − 1) + 1: Q1 → 1, Q2 → 4, Q3 → 7, Q4 → 10.
        var period = Period.Parse(text);

        Assert.Equal(PeriodGranularity.Quarter, period.Granularity);
        Assert.Equal(new DateOnly(2024, firstMonth, 1), period.Start);
    }

    [Fact]
    public void Parse_Month_StartsOnFirstOfTheMonth()
    {
        var period = Period.Parse("2024-03");

        Assert.Equal(PeriodGranularity.Month, period.Granularity);
        Assert.Equal(new DateOnly(2024, 3, 1), period.Start);
        Assert.Equal(Period.Month(2024, 3), period);
    }

    [Fact]
    public void Parse_Date_IsThatDay()
    {
        var period = Period.Parse("2024-03-15");

        Assert.Equal(PeriodGranularity.Day, period.Granularity);
        Assert.Equal(new DateOnly(2024, 3, 15), period.Start);
        Assert.Equal(Period.Day(new DateOnly(2024, 3, 15)), period);
    }

    [Fact]
    public void Parse_TwentyNinthOfFebruaryInLeapYear_IsAccepted()
    {
        // 2024 is divisible by 4 and not by 100, so February has 29 days.
        Assert.Equal(new DateOnly(2024, 2, 29), Period.Parse("2024-02-29").Start);
    }

    [Fact]
    public void TryParse_SurroundingWhitespace_IsTrimmed()
    {
        Assert.True(Period.TryParse(" 2024-Q2 ", out var period));
        Assert.Equal(Period.Quarter(2024, 2), period);
    }

    [Theory]
    [InlineData("2024-13")] // month 13
    [InlineData("2024-00")] // month 0
    [InlineData("2024-Q5")] // there are four quarters
    [InlineData("2024-Q0")]
    [InlineData("24")] // two-digit year
    [InlineData("2023-02-29")] // 2023 is not a leap year
    [InlineData("2024-04-31")] // April has 30 days
    [InlineData("2024-03-00")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("2024-1")] // month must have two digits
    [InlineData("2024-03-5")] // day must have two digits
    [InlineData("0000")] // there is no year 0
    [InlineData("20244")]
    [InlineData("2024/03")]
    [InlineData("2024-03-15T00:00")]
    [InlineData("２０２４")] // full-width digits are Unicode digits but not a year
    [InlineData("2024-٠٣")] // Arabic-Indic digits likewise
    public void TryParse_MalformedText_ReturnsFalse(string text)
    {
        Assert.False(Period.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(Period.TryParse(null, out _));
    }

    [Theory]
    [InlineData("2024-13")]
    [InlineData("2024-Q5")]
    [InlineData("24")]
    [InlineData("2023-02-29")]
    [InlineData("")]
    [InlineData("2024-1")]
    public void Parse_MalformedText_ThrowsFormatExceptionNamingTheText(string text)
    {
        var error = Assert.Throws<FormatException>(() => Period.Parse(text));
        Assert.Contains($"'{text}'", error.Message, StringComparison.Ordinal);
    }

    // ---- Text round trip -------------------------------------------------------------------------

    [Theory]
    [InlineData("2024")]
    [InlineData("0999")]
    [InlineData("2024-Q1")]
    [InlineData("2024-Q4")]
    [InlineData("2024-01")]
    [InlineData("2024-12")]
    [InlineData("2024-03-15")]
    [InlineData("2024-02-29")]
    [InlineData("9999-12-31")]
    public void ToString_ParsedPeriod_RoundTrips(string text)
    {
        var period = Period.Parse(text);

        Assert.Equal(text, period.ToString());
        Assert.Equal(period, Period.Parse(period.ToString()));
    }

    [Fact]
    public void ToString_FactoryPeriods_UseStatisticsOfficeForms()
    {
        Assert.Equal("2024", Period.Year(2024).ToString());
        Assert.Equal("2024-Q3", Period.Quarter(2024, 3).ToString());
        Assert.Equal("2024-07", Period.Month(2024, 7).ToString());
        Assert.Equal("2024-07-04", Period.Day(new DateOnly(2024, 7, 4)).ToString());
    }

    // ---- Ordering and equality -------------------------------------------------------------------

    [Fact]
    public void CompareTo_MixedPeriods_SortByStartThenGranularity()
    {
        // Starts: 2023 → 2023-01-01; 2024 → 2024-01-01; 2024-Q1 → 2024-01-01; 2024-03 → 2024-03-01;
        // 2024-03-15; 2024-Q2 → 2024-04-01; 2024-12-31. 2024 and 2024-Q1 share a start, so the coarser
        // granularity (Year < Quarter) comes first.
        string[] shuffled = ["2024-Q2", "2024-03-15", "2024-12-31", "2024", "2023", "2024-03", "2024-Q1"];

        var sorted = shuffled.Select(Period.Parse).Order().Select(p => p.ToString());

        Assert.Equal(["2023", "2024", "2024-Q1", "2024-03", "2024-03-15", "2024-Q2", "2024-12-31"], sorted);
    }

    [Fact]
    public void Operators_EarlierAndLaterPeriods_CompareByStart()
    {
        var march = Period.Parse("2024-03");
        var secondQuarter = Period.Parse("2024-Q2");

        Assert.True(march < secondQuarter);
        Assert.True(march <= secondQuarter);
        Assert.True(secondQuarter > march);
        Assert.True(secondQuarter >= march);
        Assert.False(march > secondQuarter);
        Assert.True(march <= Period.Month(2024, 3));
        Assert.True(march >= Period.Month(2024, 3));
    }

    [Fact]
    public void Equals_SameStartDifferentGranularity_AreDifferentPeriods()
    {
        // 2024 and 2024-Q1 both start on 1 January 2024 but are not the same period.
        Assert.NotEqual(Period.Year(2024), Period.Quarter(2024, 1));
        Assert.Equal(Period.Quarter(2024, 1), Period.Parse("2024-Q1"));
    }

    // ---- Decimal years ---------------------------------------------------------------------------

    [Theory]
    // A period's decimal year is its start: year + (day of year − 1) / days in year.
    [InlineData("2024", 2024.0)] // 1 January: 2024 + 0/366
    [InlineData("2024-Q2", 2024.248634)] // 1 April 2024: 2024 + (31 + 29 + 31)/366 = 2024 + 91/366 = 2024.248634
    [InlineData("2024-03", 2024.163934)] // 1 March 2024: 2024 + (31 + 29)/366 = 2024 + 60/366 = 2024.163934
    [InlineData("2024-03-15", 2024.202186)] // 2024 + (60 + 14)/366 = 2024 + 74/366 = 2024.202186
    [InlineData("2024-12-31", 2024.997268)] // 2024 + 365/366 = 2024.997268
    [InlineData("2023-07", 2023.495890)] // 1 July 2023 (not leap): 2023 + (31+28+31+30+31+30)/365 = 2023 + 181/365 = 2023.495890
    [InlineData("2023-Q4", 2023.747945)] // 1 October 2023: 2023 + 273/365 = 2023.747945
    public void DecimalYear_Period_IsItsStartAsFractionOfYear(string text, double expected)
    {
        Assert.Equal(expected, Period.Parse(text).DecimalYear, 6);
    }

    [Theory]
    // 2024.5: year 2024, day index ⌊0.5 × 366⌋ = 183, so 1 January + 183 days = 2 July 2024.
    [InlineData(2024.5, PeriodGranularity.Year, "2024")]
    [InlineData(2024.5, PeriodGranularity.Quarter, "2024-Q3")]
    [InlineData(2024.5, PeriodGranularity.Month, "2024-07")]
    [InlineData(2024.5, PeriodGranularity.Day, "2024-07-02")]
    // 2023.5: ⌊0.5 × 365⌋ = 182, 1 January + 182 days = 2 July 2023.
    [InlineData(2023.5, PeriodGranularity.Day, "2023-07-02")]
    // 2030.999999: ⌊0.999999 × 365⌋ = 364 → 31 December 2030.
    [InlineData(2030.999999, PeriodGranularity.Day, "2030-12-31")]
    // 2028.375: ⌊0.375 × 366⌋ = 137 → 1 January + 137 days = 17 May 2028.
    [InlineData(2028.375, PeriodGranularity.Day, "2028-05-17")]
    [InlineData(2028.375, PeriodGranularity.Quarter, "2028-Q2")]
    public void FromDecimalYear_FractionalYear_IsThePeriodContainingIt(double decimalYear, PeriodGranularity granularity, string expected)
    {
        Assert.Equal(expected, Period.FromDecimalYear(decimalYear, granularity).ToString());
    }

    [Theory]
    [InlineData(2023)]
    [InlineData(2024)]
    public void FromDecimalYear_DecimalYearOfEveryDay_GivesThatDayBack(int year)
    {
        // DecimalYear of day d is year + (d − 1)/n; FromDecimalYear takes ⌊fraction × n⌋ = d − 1 back.
        for (var date = new DateOnly(year, 1, 1); date.Year == year; date = date.AddDays(1))
        {
            var day = Period.Day(date);
            Assert.Equal(day, Period.FromDecimalYear(day.DecimalYear, PeriodGranularity.Day));
        }
    }

    [Theory]
    [InlineData("2024-02")] // 2024 + 31/366
    [InlineData("2024-05")] // 2024 + 121/366
    [InlineData("2023-03")] // 2023 + 59/365
    [InlineData("2023-11")] // 2023 + 304/365
    [InlineData("2024-Q2")] // 2024 + 91/366
    [InlineData("2023-Q2")] // 2023 + 90/365
    public void FromDecimalYear_StartOfSubAnnualPeriod_GivesThatPeriodBack(string text)
    {
        var period = Period.Parse(text);

        Assert.Equal(period, Period.FromDecimalYear(period.DecimalYear, period.Granularity));
    }

    [Theory]
    [InlineData(PeriodGranularity.Year, "2024")]
    [InlineData(PeriodGranularity.Quarter, "2024-Q3")] // August is month 8: ⌊(8 − 1)/3⌋ + 1 = 3
    [InlineData(PeriodGranularity.Month, "2024-08")]
    [InlineData(PeriodGranularity.Day, "2024-08-17")]
    public void Of_Date_IsThePeriodContainingIt(PeriodGranularity granularity, string expected)
    {
        Assert.Equal(expected, Period.Of(new DateOnly(2024, 8, 17), granularity).ToString());
    }
}
