namespace Workbench.Registries;

/// <summary>The station-list layouts <see cref="StationRegistry.Load"/> recognises by their header.</summary>
public enum StationListFormat
{
    /// <summary>CNEMC (quotsoft) list: <c>监测点编码,监测点名称,城市,经度,纬度</c>; control = 对照点 in the name.</summary>
    Cnemc,
    /// <summary>CREA list: <c>stationID,station,City,Lon,Lat,Fenwei,Province,ProvinceZH</c> (names may end in
    /// full-width spaces; the 对照点 suffix was dropped there, so control status is unknown and taken as false).</summary>
    Crea,
    /// <summary>Workbench registry: <c>监测点编码,监测点名称,城市,区县,省份,经度,纬度,对照点,启用日期,停用日期</c>,
    /// one row per span of validity (a station that stops being a control station has two rows).</summary>
    Workbench,
}
