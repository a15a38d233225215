namespace Workbench.Air.Tables;

/// <summary>Status of monitoring data declared at import; carried by every result.</summary>
public enum DataStatus
{
    /// <summary>实时: real-time, unaudited (the CNEMC live feed and its mirrors).</summary>
    Realtime,
    /// <summary>审核: audited data.</summary>
    Audited,
}

/// <summary>Chinese labels of <see cref="DataStatus"/>.</summary>
public static class DataStatusInfo
{
    /// <summary>The code in the air-core JSON contract and the all-city table: "realtime" or "audited".</summary>
    public static string Code(this DataStatus s) => s == DataStatus.Audited ? "audited" : "realtime";

    /// <summary>实时 or 审核.</summary>
    public static string ChineseName(this DataStatus s) => s == DataStatus.Audited ? "审核" : "实时";
}
