using Workbench.Air.Tables;
using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>Header synonyms of analysts' tidy tables (Chinese and English), matched after
/// <see cref="HeaderMap.Normalize"/> (case, spaces and bracketed units ignored).</summary>
internal static class TidyColumns
{
    public static readonly string[] Site =
        ["站点编码", "监测点编码", "站点代码", "点位编码", "stationcode", "station_code", "code", "站点", "站点名称", "监测点",
         "监测点名称", "点位", "点位名称", "station", "城市", "城市名称", "city", "地区", "区县", "region"];

    public static readonly string[] Time =
        ["时间", "监测时间", "日期时间", "数据时间", "时间点", "datetime", "time", "timepoint"];

    public static readonly string[] Date = ["日期", "监测日期", "date", "day"];

    public static readonly string[] Hour = ["小时", "时", "时段", "hour"];

    public static readonly string[] Aqi = ["aqi", "空气质量指数", "aqi指数"];

    public static readonly (Pollutant P, string[] Names)[] Hourly =
    [
        (Pollutant.SO2, ["so2", "二氧化硫", "so2_1h", "so2浓度"]),
        (Pollutant.NO2, ["no2", "二氧化氮", "no2_1h", "no2浓度"]),
        (Pollutant.CO, ["co", "一氧化碳", "co_1h", "co浓度"]),
        (Pollutant.O3, ["o3", "臭氧", "o3_1h", "o3-1h", "臭氧1小时", "o3浓度"]),
        (Pollutant.PM10, ["pm10", "可吸入颗粒物", "pm10_1h", "pm10浓度"]),
        (Pollutant.PM2_5, ["pm2.5", "pm25", "pm2_5", "细颗粒物", "pm2.5_1h", "pm2.5浓度"]),
    ];

    public static readonly (DailyIndicator I, string[] Names)[] Daily =
    [
        (DailyIndicator.SO2, ["so2", "二氧化硫", "so2_24h", "so2浓度"]),
        (DailyIndicator.NO2, ["no2", "二氧化氮", "no2_24h", "no2浓度"]),
        (DailyIndicator.CO, ["co", "一氧化碳", "co_24h", "co浓度"]),
        (DailyIndicator.PM10, ["pm10", "可吸入颗粒物", "pm10_24h", "pm10浓度"]),
        (DailyIndicator.PM2_5, ["pm2.5", "pm25", "pm2_5", "细颗粒物", "pm2.5_24h", "pm2.5浓度"]),
        (DailyIndicator.O3_8hMax, ["o3_8h", "o3-8h", "o38h", "o3_8h_max", "mda8", "臭氧8小时", "臭氧日最大8小时", "o3_8h_24h"]),
        (DailyIndicator.O3_1hMax, ["o3_1h", "o3-1h", "o3_1h_max", "臭氧1小时", "臭氧日最大1小时"]),
    ];

    public static readonly string[] PlainO3 = ["o3", "臭氧", "o3浓度"];
}
