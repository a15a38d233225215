using Workbench.Standards;

namespace Workbench.Air.Import;

/// <summary>The `type` column of a china_sites row: what the row holds.</summary>
internal readonly record struct ChinaSitesRowType(ChinaSitesRowKind Kind, Pollutant Pollutant, CnemcDerivedKind Derived)
{
    /// <summary>Slot used to track which rows of an hour were seen: 0 = AQI, 1–6 = pollutants.</summary>
    public int TrackSlot => Kind == ChinaSitesRowKind.Aqi ? 0 : Kind == ChinaSitesRowKind.Pollutant ? 1 + (int)Pollutant : -1;

    /// <summary>Classifies a type label (case-sensitive, as CNEMC writes it).</summary>
    public static ChinaSitesRowType Classify(ReadOnlySpan<byte> t)
    {
        if (t.SequenceEqual("AQI"u8)) return new(ChinaSitesRowKind.Aqi, default, default);
        if (t.SequenceEqual("PM2.5"u8)) return P(Pollutant.PM2_5);
        if (t.SequenceEqual("PM10"u8)) return P(Pollutant.PM10);
        if (t.SequenceEqual("SO2"u8)) return P(Pollutant.SO2);
        if (t.SequenceEqual("NO2"u8)) return P(Pollutant.NO2);
        if (t.SequenceEqual("O3"u8)) return P(Pollutant.O3);
        if (t.SequenceEqual("CO"u8)) return P(Pollutant.CO);
        if (t.SequenceEqual("PM2.5_24h"u8)) return D(CnemcDerivedKind.PM2_5_24h);
        if (t.SequenceEqual("PM10_24h"u8)) return D(CnemcDerivedKind.PM10_24h);
        if (t.SequenceEqual("SO2_24h"u8)) return D(CnemcDerivedKind.SO2_24h);
        if (t.SequenceEqual("NO2_24h"u8)) return D(CnemcDerivedKind.NO2_24h);
        if (t.SequenceEqual("CO_24h"u8)) return D(CnemcDerivedKind.CO_24h);
        if (t.SequenceEqual("O3_24h"u8)) return D(CnemcDerivedKind.O3_24h);
        if (t.SequenceEqual("O3_8h"u8)) return D(CnemcDerivedKind.O3_8h);
        if (t.SequenceEqual("O3_8h_24h"u8)) return D(CnemcDerivedKind.O3_8h_24h);
        return new(ChinaSitesRowKind.Unknown, default, default);
    }

    /// <summary>Names of the tracked slots (AQI then the pollutants), for quality lines.</summary>
    public static string TrackName(int slot) => slot == 0 ? "AQI" : ((Pollutant)(slot - 1)).Code();

    /// <summary>Number of tracked slots.</summary>
    public const int TrackCount = 7;

    private static ChinaSitesRowType P(Pollutant p) => new(ChinaSitesRowKind.Pollutant, p, default);
    private static ChinaSitesRowType D(CnemcDerivedKind d) => new(ChinaSitesRowKind.Derived, default, d);
}

/// <summary>Kinds of china_sites rows.</summary>
internal enum ChinaSitesRowKind { Aqi, Pollutant, Derived, Unknown }
