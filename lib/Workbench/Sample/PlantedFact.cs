namespace Workbench.Sample;

/// <summary>
/// A fact planted in the sample by construction (computed from the plan, never from the written files),
/// for analyses to reproduce. Written to <c>planted_facts.csv</c> as <c>事实,城市,时段,指标,数值,说明</c>.
/// </summary>
/// <param name="Fact">Stable key (see <see cref="SampleFacts"/>).</param>
/// <param name="City">City (or station code with its city in <paramref name="Note"/>).</param>
/// <param name="Period">Period code as <c>Workbench.Periods.Period.Code</c> writes it (2020, 2018-12, 2020-03-10).</param>
/// <param name="Indicator">Indicator, in Chinese, with the method.</param>
/// <param name="Value">The value as text (exact integers, or decimals rounded half-even as stated).</param>
/// <param name="Note">How it was built and what a wrong analysis would get.</param>
public sealed record PlantedFact(string Fact, string City, string Period, string Indicator, string Value, string Note);

/// <summary>Keys of the planted facts.</summary>
public static class SampleFacts
{
    /// <summary>(a) 东州 2020 annual PM2.5, control excluded: exactly 48.</summary>
    public const string AnnualPm25 = "a-年均PM2.5";
    /// <summary>(a) valid days behind it.</summary>
    public const string AnnualValidDays = "a-有效天数";
    /// <summary>(b) heavy-pollution days of a city-month (HJ 633-2012 daily AQI &gt; 200).</summary>
    public const string HeavyDays = "b-重污染天数";
    /// <summary>(c) valid hours of the invalid station-day (19).</summary>
    public const string InvalidDayHours = "c-有效小时数";
    /// <summary>(c) the city daily PM2.5 of that day without the invalid station.</summary>
    public const string InvalidDayCityMean = "c-城市日均PM2.5";
    /// <summary>(c) the same, wrongly including the invalid station.</summary>
    public const string InvalidDayCityMeanWrong = "c-误含无效站日均PM2.5";
    /// <summary>(d) 东州 2020 annual PM2.5 wrongly including the control station.</summary>
    public const string AnnualWithControl = "d-含对照点年均PM2.5";
    /// <summary>(e) city stations of 西州 the day before / the day the new station opens.</summary>
    public const string NewStationCount = "e-城市站点数";
    /// <summary>(e) 西州 city daily PM2.5 on the opening day (with the new station).</summary>
    public const string NewStationCityMean = "e-城市日均PM2.5";
    /// <summary>(e) the same without the new station.</summary>
    public const string NewStationCityMeanWithout = "e-不含新站日均PM2.5";
    /// <summary>(f) a control station that becomes a city station.</summary>
    public const string ControlChangeCount = "f-城市站点数";
    /// <summary>(g) a station that closes.</summary>
    public const string ClosedCount = "g-城市站点数";
    /// <summary>(h) a sand-dust day's city PM10.</summary>
    public const string DustPm10 = "h-沙尘日PM10";
    /// <summary>(h) its PM2.5/PM10 ratio.</summary>
    public const string DustRatio = "h-沙尘日PM2.5/PM10";
    /// <summary>(i) missing files of the range.</summary>
    public const string MissingFiles = "i-缺失文件";
    /// <summary>(i) files with fewer than 20 hours.</summary>
    public const string ShortFiles = "i-不足20小时文件";
}
