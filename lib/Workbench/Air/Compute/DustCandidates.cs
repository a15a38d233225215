using Workbench.Air.Method;
using Workbench.Air.Results;
using Workbench.Air.Tables;
using Workbench.Periods;
using Workbench.Registries;

namespace Workbench.Air.Compute;

/// <summary>
/// Thresholds of the sand-dust candidate rule (<see cref="DustCandidates"/>). They are Workbench's proposal, not a
/// standard: CNEMC decides which city-days are sand-dust days (环办监测〔2016〕120号; REFERENCE A5).
/// </summary>
/// <param name="MinPm10">Lowest city daily PM10 (µg/m³) of a candidate; default 150 (the GB 3095-2012 Class 2 24-hour limit).</param>
/// <param name="MaxRatio">Highest PM2.5/PM10 of a candidate; default 0.35 (dust is coarse: the ratio falls well below its usual level; Workbench's choice).</param>
/// <param name="MinCities">Least number of cities, the city itself included, meeting both thresholds on the same day
/// within <paramref name="RadiusKm"/> of the city; default 2 (dust arrives as a regional episode, not at one city).</param>
/// <param name="RadiusKm">Great-circle distance (km) between city centres; default 300.</param>
public sealed record DustCandidateRules(double MinPm10 = 150, double MaxRatio = 0.35, int MinCities = 2, double RadiusKm = 300)
{
    /// <summary>The documented defaults: PM10 ≥ 150, PM2.5/PM10 ≤ 0.35, at least 2 cities within 300 km.</summary>
    public static DustCandidateRules Default { get; } = new();

    /// <summary>Throws <see cref="ArgumentException"/> (Chinese) for a threshold that cannot be meant.</summary>
    public void Validate()
    {
        if (!(MinPm10 >= 0) || double.IsInfinity(MinPm10)) throw new ArgumentException($"PM10 下限应为非负数，实际为 {MinPm10}");
        if (!(MaxRatio > 0) || double.IsInfinity(MaxRatio)) throw new ArgumentException($"PM2.5/PM10 上限应为正数，实际为 {MaxRatio}");
        if (MinCities < 1) throw new ArgumentException($"城市数下限应至少为 1，实际为 {MinCities}");
        if (!(RadiusKm >= 0) || double.IsInfinity(RadiusKm)) throw new ArgumentException($"距离半径应为非负数（千米），实际为 {RadiusKm}");
    }
}

/// <summary>A city's centre on a day: the mean longitude and latitude of its stations (WGS-84 degrees).</summary>
public readonly record struct CityCentre(double Longitude, double Latitude);

/// <summary>Another city meeting both concentration thresholds on the same day, and its distance.</summary>
/// <param name="City">City name.</param>
/// <param name="DistanceKm">Great-circle distance between the two city centres (km, unrounded).</param>
public sealed record DustNeighbour(string City, double DistanceKm);

/// <summary>
/// A proposed sand-dust city-day with its evidence: the city daily values compared (unrounded) and the other cities
/// within the radius that met both thresholds that day (nearest first).
/// </summary>
public sealed record DustCandidate(string City, DateOnly Day, double Pm10, double Pm25, IReadOnlyList<DustNeighbour> Neighbours)
{
    /// <summary>PM2.5/PM10 of the day.</summary>
    public double Ratio => Pm25 / Pm10;
}

/// <summary>A city-day that met both concentration thresholds but whose city had no station coordinates that day.</summary>
public sealed record DustCityDay(string City, DateOnly Day);

/// <summary>What <see cref="DustCandidates"/> proposes for a period, under which rules.</summary>
/// <param name="Period">The period examined.</param>
/// <param name="Rules">Thresholds used.</param>
/// <param name="CitiesExamined">Cities whose daily series were examined.</param>
/// <param name="Candidates">Candidates, by day then city (ordinal).</param>
/// <param name="WithoutCentre">City-days meeting both concentration thresholds that could not be checked for
/// neighbours (no station coordinates); not candidates unless <see cref="DustCandidateRules.MinCities"/> is 1.</param>
public sealed record DustCandidateSet(Period Period, DustCandidateRules Rules, int CitiesExamined,
    IReadOnlyList<DustCandidate> Candidates, IReadOnlyList<DustCityDay> WithoutCentre)
{
    /// <summary>Distinct cities among the candidates, sorted (ordinal).</summary>
    public IReadOnlyList<string> Cities =>
        Candidates.Select(c => c.City).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}

/// <summary>
/// Sand-dust candidate city-days: a proposal for the analyst to confirm, never an exclusion. CNEMC decides dust days
/// from satellite and meteorological evidence (REFERENCE A5); this rule only finds the signature in the data: a
/// high city daily PM10, a low PM2.5/PM10 (coarse particles) and the same on one day in neighbouring cities.
/// </summary>
public static class DustCandidates
{
    /// <summary>Mean Earth radius (IUGG, km) of the great-circle distance.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// The candidates of <paramref name="period"/> among <paramref name="cities"/> (city daily series, e.g. from
    /// <see cref="AirDataSet.CityDaily"/>): a city-day whose daily PM10 ≥ <see cref="DustCandidateRules.MinPm10"/> and
    /// PM2.5/PM10 ≤ <see cref="DustCandidateRules.MaxRatio"/>, where at least <see cref="DustCandidateRules.MinCities"/>
    /// cities (itself included) meet both on that day with centres within <see cref="DustCandidateRules.RadiusKm"/> of
    /// its centre. Values are compared unrounded; a missing PM10 or PM2.5 never qualifies. A city's centre on a day is
    /// <see cref="CentreOf"/> in <paramref name="stations"/>, with the station set of its city value (control stations as
    /// the series' settings say).
    /// </summary>
    public static DustCandidateSet Find(IReadOnlyList<CityDailyResult> cities, StationRegistry stations, Period period,
        DustCandidateRules rules)
    {
        ArgumentNullException.ThrowIfNull(cities);
        ArgumentNullException.ThrowIfNull(stations);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(rules);
        rules.Validate();
        var candidates = new List<DustCandidate>();
        var withoutCentre = new List<DustCityDay>();
        var qualifying = new List<(CityDailyResult City, double Pm10, double Pm25, CityCentre? Centre)>();
        foreach (var day in period.Days())
        {
            qualifying.Clear();
            foreach (var city in cities)
            {
                var d = city.Table.IndexOfDay(day);
                if (d < 0) continue;
                var pm10 = city.Table.Series(DailyIndicator.PM10, 0)[d];
                var pm25 = city.Table.Series(DailyIndicator.PM2_5, 0)[d];
                if (!MeetsConcentrations(pm10, pm25, rules)) continue;
                qualifying.Add((city, pm10, pm25,
                    CentreOf(stations, city.City, day, includeControl: !city.Settings.ExcludeControlStations)));
            }
            var found = new List<DustCandidate>();
            foreach (var (city, pm10, pm25, centre) in qualifying)
            {
                if (centre is not { } here)
                {
                    if (rules.MinCities <= 1) found.Add(new DustCandidate(city.City, day, pm10, pm25, []));
                    else withoutCentre.Add(new DustCityDay(city.City, day));
                    continue;
                }
                var neighbours = qualifying
                    .Where(o => !ReferenceEquals(o.City, city) && o.Centre is not null)
                    .Select(o => new DustNeighbour(o.City.City, DistanceKm(here, o.Centre!.Value)))
                    .Where(n => n.DistanceKm <= rules.RadiusKm)
                    .OrderBy(n => n.DistanceKm).ThenBy(n => n.City, StringComparer.Ordinal)
                    .ToArray();
                if (1 + neighbours.Length >= rules.MinCities)
                    found.Add(new DustCandidate(city.City, day, pm10, pm25, neighbours));
            }
            candidates.AddRange(found.OrderBy(c => c.City, StringComparer.Ordinal));
        }
        return new DustCandidateSet(period, rules, cities.Count, candidates.ToArray(), withoutCentre.ToArray());
    }

    /// <summary>
    /// The candidates from an air data set: every city of <see cref="AirDataSet.Cities"/> under
    /// <paramref name="settings"/> (the city method in force), coordinates from its station registry.
    /// </summary>
    /// <exception cref="ArgumentException">The data set has no station registry (city-daily input without --stations).</exception>
    public static DustCandidateSet Find(AirDataSet data, Period period, AirSettings settings, DustCandidateRules rules)
    {
        ArgumentNullException.ThrowIfNull(data);
        var stations = data.Stations ?? throw new ArgumentException(
            "沙尘候选日需要城市间的距离，而输入没有站点坐标（城市日数据且未给出站点列表）。请用 --stations 指定含经度、纬度的站点列表；城市中心取该市当日各站点经纬度的平均值");
        var cities = data.Cities().Select(c => data.CityDaily(c, settings)).ToArray();
        return Find(cities, stations, period, rules);
    }

    /// <summary>Both concentration thresholds: PM10 ≥ MinPm10 and PM2.5/PM10 ≤ MaxRatio (NaN or PM10 ≤ 0: no).</summary>
    public static bool MeetsConcentrations(double pm10, double pm25, DustCandidateRules rules) =>
        pm10 > 0 && pm25 >= 0 && pm10 >= rules.MinPm10 && pm25 / pm10 <= rules.MaxRatio;

    /// <summary>
    /// A city's centre on a day: the mean longitude and latitude of its stations in the registry that day (the station
    /// set of its city value; stations without coordinates left out); null when none has coordinates.
    /// </summary>
    public static CityCentre? CentreOf(StationRegistry stations, string city, DateOnly day, bool includeControl = false)
    {
        ArgumentNullException.ThrowIfNull(stations);
        double lon = 0, lat = 0;
        var n = 0;
        foreach (var s in stations.StationsOfCity(city, day, includeControl))
        {
            if (s.Longitude is not { } x || s.Latitude is not { } y || !double.IsFinite(x) || !double.IsFinite(y)) continue;
            lon += x; lat += y; n++;
        }
        return n == 0 ? null : new CityCentre(lon / n, lat / n);
    }

    /// <summary>Great-circle distance (km) between two points, haversine formula on a sphere of <see cref="EarthRadiusKm"/>.</summary>
    public static double DistanceKm(CityCentre a, CityCentre b)
    {
        static double Rad(double deg) => deg * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }
}
