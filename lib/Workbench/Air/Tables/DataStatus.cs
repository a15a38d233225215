namespace Workbench.Air.Tables;

/// <summary>Status of monitoring data declared at import; carried by every result.</summary>
public enum DataStatus
{
    /// <summary>实时: real-time, unaudited (the CNEMC live feed and its mirrors).</summary>
    Realtime,
    /// <summary>审核: audited data.</summary>
    Audited,
    /// <summary>Audited and real-time values together (a store that received audited data for part of a period);
    /// a result says how many of its days were audited.</summary>
    Mixed,
}

/// <summary>Chinese labels of <see cref="DataStatus"/>.</summary>
public static class DataStatusInfo
{
    /// <summary>The code in the air-core JSON contract and the all-city table: "realtime", "audited" or "mixed".</summary>
    public static string Code(this DataStatus s) => s switch
    {
        DataStatus.Audited => "audited",
        DataStatus.Mixed => "mixed",
        _ => "realtime",
    };

    /// <summary>The status of a <see cref="Code"/>; false for any other text.</summary>
    public static bool TryParseCode(string code, out DataStatus status)
    {
        foreach (var s in Enum.GetValues<DataStatus>())
            if (s.Code() == code) { status = s; return true; }
        status = default;
        return false;
    }

    /// <summary>实时, 审核 or 实时与审核混合.</summary>
    public static string ChineseName(this DataStatus s) => s switch
    {
        DataStatus.Audited => "审核",
        DataStatus.Mixed => "实时与审核混合",
        _ => "实时",
    };

    /// <summary>The status of values of two statuses together.</summary>
    public static DataStatus Combine(DataStatus a, DataStatus b) => a == b ? a : DataStatus.Mixed;
}
