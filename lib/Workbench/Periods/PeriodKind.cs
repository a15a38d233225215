namespace Workbench.Periods;

/// <summary>Kind of a reporting period (REFERENCE A6).</summary>
public enum PeriodKind
{
    /// <summary>Calendar year.</summary>
    Year,
    /// <summary>上半年 (Jan–Jun) or 下半年 (Jul–Dec).</summary>
    HalfYear,
    /// <summary>Calendar quarter (首季 = Q1).</summary>
    Quarter,
    /// <summary>Calendar month.</summary>
    Month,
    /// <summary>秋冬季: 1 October to 31 March of the following year.</summary>
    AutumnWinter,
    /// <summary>1–N月累计: January to the end of month N of one year.</summary>
    YearToDate,
    /// <summary>Any other span of whole days (a month range such as 2019-10..2020-03 included).</summary>
    Range,
}
