using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Sample.National;

/// <summary>
/// The fixed choices of a national sample: which stations exist on which day (header changes), city levels, gaps.
/// Every value is a pure function of (seed, station, day, hour), so any window of days gives the same numbers.
/// </summary>
internal sealed class NationalPlan
{
    private readonly NationalSampleOptions _options;
    private readonly int[] _cityOf;
    private readonly bool[] _addedMidYear;
    private readonly bool[] _noData;
    private readonly int _duplicated;
    private readonly DateOnly _change;

    public NationalPlan(IReadOnlyList<StationInfo> stations, NationalSampleOptions options)
    {
        _options = options;
        Codes = stations.Select(s => s.Code).ToArray();
        var cities = stations.Select(s => s.City).Distinct(StringComparer.Ordinal).ToList();
        _cityOf = stations.Select(s => cities.IndexOf(s.City)).ToArray();
        _addedMidYear = new bool[Codes.Count];
        _noData = new bool[Codes.Count];
        _change = new DateOnly(options.Start.Year, 6, 1);
        for (var s = 0; s < Codes.Count; s++)
        {
            var rng = new SampleRandom(options.Seed, 7, s);
            _addedMidYear[s] = rng.NextDouble() < 0.02;
            _noData[s] = rng.NextDouble() < 0.01;
        }
        _duplicated = Array.IndexOf(_addedMidYear, true);
    }

    public IReadOnlyList<string> Codes { get; }

    /// <summary>Grid stations written as columns of a day's file (a duplicated column from the change on).</summary>
    public IReadOnlyList<int> ColumnsOn(DateOnly day)
    {
        var after = day >= _change;
        var list = Enumerable.Range(0, Codes.Count).Where(s => after || !_addedMidYear[s]).ToList();
        if (after && _duplicated >= 0) list.Add(_duplicated);
        return list;
    }

    /// <summary>Hours a day's file holds (24, or fewer on the feed's short days).</summary>
    public int HoursIn(DateOnly day) => day is { Month: 2, Day: 20 } ? 8 : day is { Month: 8, Day: 22 } ? 6 : 24;

    /// <summary>True on the day whose file ends inside a row.</summary>
    public bool IsCutDay(DateOnly day) => day is { Month: 2, Day: 20 };

    /// <summary>Fills one station's hours of the grid (NaN = missing).</summary>
    public void FillStation(StationHourlyTable grid, int s)
    {
        if (_noData[s]) return;
        var city = _cityOf[s];
        var cityRng = new SampleRandom(_options.Seed, 11, city);
        var pmLevel = 25 + 45 * cityRng.NextDouble();          // µg/m³, annual PM2.5 level of the city
        var coarse = 1.4 + 0.6 * cityRng.NextDouble();          // PM10 / PM2.5
        var so2 = 6 + 20 * cityRng.NextDouble();
        var no2 = 18 + 25 * cityRng.NextDouble();
        var co = 0.5 + 0.8 * cityRng.NextDouble();
        var o3 = 70 + 40 * cityRng.NextDouble();
        var stationRng = new SampleRandom(_options.Seed, 13, s);
        var bias = 0.85 + 0.3 * stationRng.NextDouble();
        var firstDay = DateOnly.FromDateTime(grid.FirstHour);
        var days = grid.HourCount / 24;
        for (var d = 0; d < days; d++)
        {
            var day = firstDay.AddDays(d);
            var season = Math.Cos(2 * Math.PI * (day.DayOfYear - 15) / 365.25);   // +1 mid-January, −1 mid-July
            var episode = Episode(city, day);
            var dayRng = new SampleRandom(_options.Seed, 17, s, day.DayNumber);
            var outage = new SampleRandom(_options.Seed, 19, s, day.DayNumber / 5).NextDouble() < 0.01; // 5-day outages
            double e = 0;
            for (var h = 0; h < 24; h++)
            {
                e = 0.7 * e + 0.12 * dayRng.NextNormal();
                var missingHour = dayRng.NextDouble() < 0.02;
                var slot = d * 24 + h;
                if (outage || missingHour) { for (var k = 0; k < 7; k++) dayRng.NextDouble(); continue; }
                var noise = Math.Exp(e);
                var night = 1 + 0.15 * Math.Cos(2 * Math.PI * (h - 22) / 24);
                var pm25 = pmLevel * bias * (1 + 0.45 * season) * episode * night * noise;
                Set(grid, Pollutant.PM2_5, s, slot, Math.Max(2, pm25), ref dayRng);
                Set(grid, Pollutant.PM10, s, slot, Math.Max(5, pm25 * coarse * (1 + 0.1 * dayRng.NextNormal())), ref dayRng);
                Set(grid, Pollutant.SO2, s, slot, Math.Max(2, so2 * bias * (1 + 0.5 * season) * noise), ref dayRng);
                Set(grid, Pollutant.NO2, s, slot, Math.Max(3, no2 * bias * (1 + 0.3 * season) * (1 + 0.2 * Math.Cos(2 * Math.PI * (h - 21) / 24)) * noise), ref dayRng);
                Set(grid, Pollutant.CO, s, slot, Math.Max(0.1, co * (1 + 0.4 * season) * Math.Sqrt(episode) * night * noise) , ref dayRng);
                Set(grid, Pollutant.O3, s, slot, Math.Max(2, o3 * (1 - 0.45 * season) * (1 + 0.75 * Math.Cos(2 * Math.PI * (h - 15) / 24)) * noise), ref dayRng);
            }
        }
    }

    /// <summary>Regional episode multiplier of a city-day (an AR(1) walk over days, so episodes last several days).</summary>
    private double Episode(int city, DateOnly day)
    {
        double x = 0;
        for (var k = 6; k >= 0; k--) x = 0.7 * x + 0.35 * new SampleRandom(_options.Seed, 23, city, day.DayNumber - k).NextNormal();
        return Math.Exp(x);
    }

    private static void Set(StationHourlyTable grid, Pollutant p, int s, int slot, double v, ref SampleRandom rng)
    {
        // About 1 % of single values are missing on their own.
        if (rng.NextDouble() < 0.01) return;
        grid.Series(p, s)[slot] = p == Pollutant.CO ? Math.Round(v, 3, MidpointRounding.ToEven) : Math.Round(v, MidpointRounding.ToEven);
    }
}
