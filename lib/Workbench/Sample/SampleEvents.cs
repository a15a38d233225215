namespace Workbench.Sample;

/// <summary>
/// The defects and episodes planted in the sample, by date: each mirrors something the real CNEMC feed
/// does (shared data notes), so that importers and analyses meet them on data whose truth is known.
/// </summary>
public static class SampleEvents
{
    /// <summary>Days whose china_sites file is missing altogether (the real 2019 feed lacks 2019-04-08).</summary>
    public static IReadOnlyList<DateOnly> MissingFiles { get; } =
        [new(2016, 4, 8), new(2019, 4, 8), new(2020, 7, 15), new(2023, 5, 20), new(2025, 2, 11)];

    /// <summary>Files that stop early: only hours 0…n−1 are present (the real 2019-02-20 has 8 hours).</summary>
    public static IReadOnlyDictionary<DateOnly, int> ShortFiles { get; } = new Dictionary<DateOnly, int>
    {
        [new(2017, 2, 20)] = 8,
        [new(2020, 11, 5)] = 18,
        [new(2022, 8, 22)] = 6,
    };

    /// <summary>A file whose last hour (23) is cut: AQI, PM2.5 and PM2.5_24h complete, the PM10 row holds only
    /// the first <see cref="TruncatedPm10Fields"/> stations, and the file ends (like the real 2019-04-24).</summary>
    public static readonly DateOnly TruncatedLastHour = new(2020, 9, 9);

    /// <summary>Station fields kept in the cut PM10 row of <see cref="TruncatedLastHour"/>.</summary>
    public const int TruncatedPm10Fields = 10;

    /// <summary>A station outage: 9021A (北州) reports nothing from 2017-07-01 to 2017-07-10.</summary>
    public static readonly (string Code, DateOnly From, DateOnly To) Outage = ("9021A", new(2017, 7, 1), new(2017, 7, 10));

    /// <summary>A station-day with exactly 19 valid hours (invalid under GB 3095 Table 4): 9003A on 2020-03-10,
    /// hours 2, 3, 4, 13 and 14 missing for every pollutant; its PM2.5 mean there is the city's value + 30.</summary>
    public static readonly (string Code, DateOnly Day, int[] MissingHours, int Pm25Offset) InvalidStationDay =
        ("9003A", new(2020, 3, 10), [2, 3, 4, 13, 14], 30);

    /// <summary>Sand-dust city-days (扣沙 list): PM10 very high, PM2.5/PM10 about 0.2.</summary>
    public static IReadOnlyList<(string City, DateOnly Day)> DustDays { get; } =
    [
        ("西州", new(2021, 3, 15)), ("北州", new(2021, 3, 15)),
        ("西州", new(2021, 3, 16)), ("北州", new(2021, 3, 16)), ("中州", new(2021, 3, 16)),
    ];

    /// <summary>The city-month with a planted number of heavy-pollution days (HJ 633-2012 daily AQI &gt; 200).</summary>
    public static readonly (string City, int Year, int Month, int HeavyDays) HeavyMonth = ("北州", 2018, 12, 5);

    /// <summary>The planted annual mean: 东州 2020 PM2.5 = 48 µg/m³ over valid days, control station excluded.</summary>
    public static readonly (string City, int Year, int Pm25) AnnualMean = ("东州", 2020, 48);
}
