namespace Workbench.Sample;

/// <summary>
/// The planned truth of the sample: for every station, day and pollutant, the exact daily mean (an integer
/// in the pollutant's unit) and which hours are present in the files. Hourly values are then built so that
/// their mean over the present hours equals the planned value exactly; planted facts are computed from
/// this plan by construction, never from the written files.
/// </summary>
internal sealed class SamplePlan
{
    public const int Hours = 24;
    public const int SpeciesCount = 6;
    private const uint AllHours = (1u << 24) - 1;

    public readonly SampleOptions Options;
    public readonly SampleStation[] Stations = SampleNetwork.Stations;
    /// <summary>Day index 0 = the day before <see cref="SampleOptions.Origin"/> (needed for moving means).</summary>
    public readonly DateOnly FirstDay;
    public readonly int DayCount;
    /// <summary>City planned daily values [city][species][day] in natural units (µg/m³, CO mg/m³).</summary>
    public readonly double[][][] CityValue;
    /// <summary>Station planned daily means [station][species][day] in units of <see cref="Unit"/>; -1 = no station.</summary>
    public readonly int[][][] Target;
    /// <summary>Present hours [station][species][day] as a 24-bit mask (bit h = hour h present in the file).</summary>
    public readonly uint[][][] Mask;

    public SamplePlan(SampleOptions options)
    {
        Options = options;
        FirstDay = SampleOptions.Origin.AddDays(-1);
        // Through the end of End's year (+1 day): year-level plans (the planted annual mean) must not depend
        // on where the range stops, so a short range holds the same values as the full run.
        // The year after End is planned too, since End + 1 shapes End's hours (the ramp toward the next day).
        DayCount = new DateOnly(options.End.Year + 1, 12, 31).AddDays(2).DayNumber - FirstDay.DayNumber;
        CityValue = new double[SampleNetwork.CityNames.Count][][];
        Target = new int[Stations.Length][][];
        Mask = new uint[Stations.Length][][];
        BuildMasks();
        BuildCityValues();
        BuildTargets();
        CheckHeavyMonth();
    }

    public DateOnly DayAt(int index) => FirstDay.AddDays(index);
    public int IndexOf(DateOnly day) => day.DayNumber - FirstDay.DayNumber;
    public int CityIndex(string city) => SampleNetwork.CityNames.ToList().IndexOf(city);
    public int StationIndex(string code) => Array.FindIndex(Stations, s => s.Code == code);

    /// <summary>Size of one unit of a pollutant: 1 µg/m³; CO 0.001 mg/m³ before 2017 (three decimals, as older
    /// feeds), 0.1 mg/m³ after.</summary>
    public static decimal Unit(Species sp, DateOnly day) =>
        sp != Species.CO ? 1m : day.Year < 2017 ? 0.001m : 0.1m;

    /// <summary>Smallest hourly value, in units (the feeds hold no zeros for these).</summary>
    public static int MinUnits(Species sp, DateOnly day) => sp switch
    {
        Species.CO => day.Year < 2017 ? 100 : 1,
        Species.PM10 => 3,
        _ => 2,
    };

    public bool FileExists(DateOnly day) => !SampleEvents.MissingFiles.Contains(day);

    /// <summary>Hours present in the file of a day (before any station-level gaps).</summary>
    public static int FileHours(DateOnly day) => SampleEvents.ShortFiles.TryGetValue(day, out var n) ? n : Hours;

    /// <summary>Active stations on a day, in column order (by code).</summary>
    public IReadOnlyList<int> Columns(DateOnly day) =>
        Enumerable.Range(0, Stations.Length).Where(i => Stations[i].ActiveOn(day)).ToArray();

    // ------------------------------------------------------------------ masks

    private void BuildMasks()
    {
        var seed = Options.Seed;
        for (var s = 0; s < Stations.Length; s++)
        {
            Mask[s] = new uint[SpeciesCount][];
            for (var p = 0; p < SpeciesCount; p++) Mask[s][p] = new uint[DayCount];
        }
        Span<uint> single = stackalloc uint[SpeciesCount];
        for (var d = 0; d < DayCount; d++)
        {
            var day = DayAt(d);
            var columns = Columns(day);
            var fileMask = !FileExists(day) || day < SampleOptions.Origin ? 0u : (1u << FileHours(day)) - 1;
            for (var col = 0; col < columns.Count; col++)
            {
                var s = columns[col];
                var st = Stations[s];
                var rng = new SampleRandom(seed, 3, s, day.DayNumber);
                // Random gaps: about 2 % of station-hours (at most 2 a day), and a few single values.
                var stationMask = AllHours;
                var gaps = 0;
                for (var h = 0; h < Hours; h++)
                    if (rng.NextDouble() < 0.02 && gaps < 2) { stationMask &= ~(1u << h); gaps++; }
                for (var p = 0; p < SpeciesCount; p++)
                {
                    single[p] = AllHours;
                    if (rng.NextDouble() < 0.1) single[p] &= ~(1u << rng.NextInt(Hours));
                }
                if (st.Code == SampleEvents.InvalidStationDay.Code && day == SampleEvents.InvalidStationDay.Day)
                {
                    stationMask = AllHours;
                    foreach (var h in SampleEvents.InvalidStationDay.MissingHours) stationMask &= ~(1u << h);
                    single.Fill(AllHours);
                }
                if (st.Code == SampleEvents.Outage.Code && day >= SampleEvents.Outage.From && day <= SampleEvents.Outage.To)
                    stationMask = 0;
                for (var p = 0; p < SpeciesCount; p++)
                {
                    var m = fileMask & stationMask & single[p];
                    if (day == SampleEvents.TruncatedLastHour)
                    {
                        var keep23 = p == (int)Species.PM2_5 || (p == (int)Species.PM10 && col < SampleEvents.TruncatedPm10Fields);
                        if (!keep23) m &= ~(1u << 23);
                    }
                    Mask[s][p][d] = m;
                }
            }
        }
    }

    // ------------------------------------------------------------------ city values

    private static readonly double[] BasePm25 = [58, 55, 42, 72, 62];
    private static readonly double[] BaseSo2 = [30, 26, 18, 40, 28];
    private static readonly double[] BaseNo2 = [38, 34, 30, 40, 42];
    private static readonly double[] BaseCo = [1.3, 1.2, 0.9, 1.6, 1.3];
    private static readonly double[] BaseO3 = [60, 62, 58, 60, 64];

    private void BuildCityValues()
    {
        var seed = Options.Seed;
        var cities = SampleNetwork.CityNames.Count;
        // A regional weather factor shared by all cities, and one per city: AR(1) in log space, so that
        // polluted and clean spells last a few days (REFERENCE-free realism, not a standard).
        var regional = new double[DayCount];
        var rr = new SampleRandom(seed, 1, -1);
        double g = 0;
        const double phiG = 0.72, sdG = 0.38;
        for (var d = 0; d < DayCount; d++)
        {
            g = phiG * g + sdG * Math.Sqrt(1 - phiG * phiG) * rr.NextNormal();
            regional[d] = g;
        }
        for (var c = 0; c < cities; c++)
        {
            var v = CityValue[c] = new double[SpeciesCount][];
            for (var p = 0; p < SpeciesCount; p++) v[p] = new double[DayCount];
            var rng = new SampleRandom(seed, 1, c);
            double local = 0, o3Noise = 0, ratioNoise = 0;
            for (var d = 0; d < DayCount; d++)
            {
                var day = DayAt(d);
                local = 0.6 * local + 0.18 * 0.8 * rng.NextNormal();
                o3Noise = 0.5 * o3Noise + 0.15 * 0.866 * rng.NextNormal();
                ratioNoise = 0.6 * ratioNoise + 0.035 * 0.8 * rng.NextNormal();
                var l = regional[d] + local;
                var season = Math.Cos(2 * Math.PI * (day.DayOfYear - 15) / 365.25);   // +1 mid-January, −1 mid-July
                var years = (day.DayNumber - SampleOptions.Origin.DayNumber) / 365.25;
                double Trend(double by2025) => Math.Pow(by2025, years / 10.5);
                var pm25 = BasePm25[c] * (1 + 0.42 * season) * Trend(0.6) * Math.Exp(l);
                var ratio = Math.Clamp(0.56 + 0.07 * season + ratioNoise, 0.38, 0.8);
                v[(int)Species.PM2_5][d] = pm25;
                v[(int)Species.PM10][d] = pm25 / ratio;
                v[(int)Species.SO2][d] = BaseSo2[c] * (1 + 0.75 * season) * Trend(0.35) * Math.Exp(0.6 * l);
                v[(int)Species.NO2][d] = BaseNo2[c] * (1 + 0.28 * season) * Trend(0.8) * Math.Exp(0.5 * l);
                v[(int)Species.CO][d] = BaseCo[c] * (1 + 0.45 * season) * Trend(0.6) * Math.Exp(0.55 * l);
                v[(int)Species.O3][d] = BaseO3[c] * (1 - 0.45 * season) * Trend(1.12) * Math.Exp(-0.25 * l + o3Noise);
            }
        }
        PlantDust();
        PlantHeavyMonth();
    }

    private void PlantDust()
    {
        foreach (var (city, day) in SampleEvents.DustDays)
        {
            var d = IndexOf(day);
            if (d < 0 || d >= DayCount) continue;
            var rng = new SampleRandom(Options.Seed, 5, CityIndex(city), day.DayNumber);
            var pm10 = 620 + 250 * rng.NextDouble();
            var v = CityValue[CityIndex(city)];
            v[(int)Species.PM10][d] = pm10;
            v[(int)Species.PM2_5][d] = pm10 * (0.17 + 0.06 * rng.NextDouble());
        }
    }

    /// <summary>Planted fact (b): exactly N days of the month far above PM2.5 150 (IAQI &gt; 200), the others far below,
    /// and every other indicator far below its IAQI-200 breakpoint.</summary>
    private void PlantHeavyMonth()
    {
        var (city, year, month, n) = SampleEvents.HeavyMonth;
        var first = new DateOnly(year, month, 1);
        var d0 = IndexOf(first);
        if (d0 < 0 || d0 >= DayCount) return;
        var v = CityValue[CityIndex(city)];
        var days = Enumerable.Range(d0, DateTime.DaysInMonth(year, month)).Where(d => d < DayCount).ToArray();
        // The heavy days are the month's naturally worst days, so they come in spells as real episodes do.
        var heavy = days.OrderByDescending(d => v[(int)Species.PM2_5][d]).ThenBy(d => d).Take(n).ToHashSet();
        var rng = new SampleRandom(Options.Seed, 6, year, month);
        foreach (var d in days)
        {
            var u = rng.NextDouble();
            var pm25 = heavy.Contains(d) ? 185 + 30 * u : Math.Min(v[(int)Species.PM2_5][d], 70 + 35 * u);
            var ratio = v[(int)Species.PM2_5][d] / v[(int)Species.PM10][d];
            v[(int)Species.PM2_5][d] = pm25;
            v[(int)Species.PM10][d] = Math.Min(pm25 / ratio, heavy.Contains(d) ? 330 : 230);
            v[(int)Species.NO2][d] = Math.Min(v[(int)Species.NO2][d], 110);
            v[(int)Species.SO2][d] = Math.Min(v[(int)Species.SO2][d], 120);
            v[(int)Species.CO][d] = Math.Min(v[(int)Species.CO][d], 4);
            v[(int)Species.O3][d] = Math.Min(v[(int)Species.O3][d], 60);
        }
    }

    // ------------------------------------------------------------------ station targets

    private void BuildTargets()
    {
        var seed = Options.Seed;
        var (annualCity, annualYear, annualValue) = SampleEvents.AnnualMean;
        var annualCityIndex = CityIndex(annualCity);
        var annualPm25 = PlanAnnualMean(annualCityIndex, annualYear, annualValue);
        for (var s = 0; s < Stations.Length; s++)
        {
            var st = Stations[s];
            var t = Target[s] = new int[SpeciesCount][];
            for (var p = 0; p < SpeciesCount; p++) t[p] = new int[DayCount];
            for (var d = 0; d < DayCount; d++)
            {
                var day = DayAt(d);
                var active = st.ActiveOn(day);
                var rng = new SampleRandom(seed, 2, s, day.DayNumber);
                for (var p = 0; p < SpeciesCount; p++)
                {
                    var noise = 1 + 0.04 * rng.NextNormal();
                    if (!active) { t[p][d] = -1; continue; }
                    var sp = (Species)p;
                    var unit = (double)Unit(sp, day);
                    var min = MinUnits(sp, day);
                    var value = CityValue[st.City][p][d] * st.Factor[p] * noise / unit;
                    if (sp == Species.PM2_5 && st.City == annualCityIndex && day.Year == annualYear && annualPm25 is not null)
                    {
                        // Planted fact (a): every city station's daily mean is the city's planned value that year;
                        // the control station carries three times it (fact d).
                        var city = annualPm25![day.DayOfYear - 1];
                        value = st.IsControlOn(day) ? 3 * city : city;
                        if (st.Code == SampleEvents.InvalidStationDay.Code && day == SampleEvents.InvalidStationDay.Day)
                            value += SampleEvents.InvalidStationDay.Pm25Offset;   // fact (c): wrong if the invalid day is used
                    }
                    t[p][d] = Math.Max(min, (int)Math.Round(value, MidpointRounding.ToEven));
                }
            }
        }
    }

    /// <summary>Integer city daily PM2.5 for a year whose mean over the city's valid days is exactly
    /// <paramref name="mean"/>: the natural values scaled, rounded, and the rounding residue spread ±1.</summary>
    private int[]? PlanAnnualMean(int city, int year, int mean)
    {
        var first = new DateOnly(year, 1, 1);
        var n = DateTime.IsLeapYear(year) ? 366 : 365;
        var d0 = IndexOf(first);
        if (d0 < 0 || d0 + n > DayCount) return null;
        var raw = CityValue[city][(int)Species.PM2_5];
        var valid = Enumerable.Range(0, n).Where(i => CityDayValid(city, first.AddDays(i), Species.PM2_5)).ToArray();
        var scale = mean * valid.Length / valid.Sum(i => raw[d0 + i]);
        var result = new int[n];
        for (var i = 0; i < n; i++) result[i] = Math.Max(5, (int)Math.Round(raw[d0 + i] * scale, MidpointRounding.ToEven));
        var residue = mean * valid.Length - valid.Sum(i => result[i]);
        for (var k = 0; residue != 0; k++)
        {
            var i = valid[k % valid.Length];
            var step = Math.Sign(residue);
            if (result[i] + step < 5) continue;
            result[i] += step;
            residue -= step;
        }
        for (var i = 0; i < n; i++) CityValue[city][(int)Species.PM2_5][d0 + i] = result[i];
        return result;
    }

    // ------------------------------------------------------------------ queries (facts by construction)

    public static int HourCount(uint mask) => System.Numerics.BitOperations.PopCount(mask);

    /// <summary>A station-day is valid with at least 20 present hours (GB 3095 Table 4).</summary>
    public bool StationDayValid(int s, DateOnly day, Species sp) =>
        Stations[s].ActiveOn(day) && HourCount(Mask[s][(int)sp][IndexOf(day)]) >= 20;

    /// <summary>True when at least one city (non-control) station is valid that day.</summary>
    public bool CityDayValid(int city, DateOnly day, Species sp) =>
        Enumerable.Range(0, Stations.Length).Any(s => Stations[s].City == city && !Stations[s].IsControlOn(day)
            && StationDayValid(s, day, sp));

    /// <summary>The stations whose daily values make the city value of a day.</summary>
    public IEnumerable<int> CityStations(int city, DateOnly day, bool includeControl) =>
        Enumerable.Range(0, Stations.Length).Where(s => Stations[s].City == city && Stations[s].ActiveOn(day)
            && (includeControl || !Stations[s].IsControlOn(day)));

    /// <summary>Exact city daily mean (natural units) over the valid stations, or null when none is valid.</summary>
    public decimal? CityDailyMean(int city, DateOnly day, Species sp, bool includeControl = false, bool useInvalidStations = false)
    {
        var members = CityStations(city, day, includeControl)
            .Where(s => useInvalidStations ? HourCount(Mask[s][(int)sp][IndexOf(day)]) > 0 : StationDayValid(s, day, sp)).ToArray();
        if (members.Length == 0) return null;
        return members.Sum(s => (decimal)Target[s][(int)sp][IndexOf(day)]) * Unit(sp, day) / members.Length;
    }

    /// <summary>Mean of the valid city daily means over a span, with the count of valid days.</summary>
    public (decimal? Mean, int ValidDays) PeriodMean(int city, DateOnly from, DateOnly to, Species sp, bool includeControl = false)
    {
        decimal sum = 0;
        var n = 0;
        for (var day = from; day <= to; day = day.AddDays(1))
            if (CityDailyMean(city, day, sp, includeControl) is { } m) { sum += m; n++; }
        return (n == 0 ? null : sum / n, n);
    }

    private void CheckHeavyMonth()
    {
        var (city, year, month, n) = SampleEvents.HeavyMonth;
        var first = new DateOnly(year, month, 1);
        var last = first.AddMonths(1).AddDays(-1);
        if (IndexOf(last) >= DayCount) return;
        var c = CityIndex(city);
        var heavy = 0;
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            var pm25 = CityDailyMean(c, day, Species.PM2_5) ?? throw new InvalidOperationException($"示例数据：{city} {day} 无有效 PM2.5");
            if (pm25 >= 165) heavy++;
            else if (pm25 > 125) throw new InvalidOperationException($"示例数据：{city} {day} PM2.5 {pm25} 离 150 太近");
            if (CityDailyMean(c, day, Species.PM10) > 300 && pm25 < 165
                || CityDailyMean(c, day, Species.NO2) > 200 || CityDailyMean(c, day, Species.SO2) > 400
                || CityDailyMean(c, day, Species.CO) > 14 || CityStations(c, day, true).Any(s => Target[s][(int)Species.O3][IndexOf(day)] > 90))
                throw new InvalidOperationException($"示例数据：{city} {day} 其他污染物离 IAQI 200 太近");
        }
        if (heavy != n) throw new InvalidOperationException($"示例数据：{city} {year}-{month} 重污染天数 {heavy}，应为 {n}");
    }
}
