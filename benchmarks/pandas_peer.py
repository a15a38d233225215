"""The pandas peer of `workbench air assess --all-cities`: city annual values from china_sites files.

Same method as the workbench's default (GB 3095-2012 Table 4, HJ 663, the city's hourly series first): per hour, the
mean of the city's city stations that have a value (control stations left out: 对照点 in the name or the list's 对照点
column, and the stations of the workbench's station-role registry), then on that city series 24-h means with >= 20
valid hours and MDA8 over the 17 clock-hour 8-h windows of a day (each >= 6 of 8 hours, day valid with >= 14
windows), annual mean of the city days, CO P95 and O3 MDA8 P90 with the HJ 663 percentile (k = 1 + (n-1)p, linear =
numpy's default), GB/T 8170 half-even rounding on decimals.
Vectorised: one (day, hour, station) array per pollutant. Run with Debian's own interpreter: /usr/bin/python3.

usage: pandas_peer.py <china_sites folder> <station list csv> <year> <out csv>
"""
import glob
import os
import sys
from decimal import Decimal, ROUND_HALF_EVEN

import numpy as np
import pandas as pd

POLLUTANTS = {"PM2.5": "PM2.5", "PM10": "PM10", "SO2": "SO2", "NO2": "NO2", "CO": "CO", "O3": "O3"}
DECIMALS = {"PM2.5": 0, "PM10": 0, "SO2": 0, "NO2": 0, "CO_P95": 1, "O3_8h_P90": 0}


def read_feed(folder, year):
    files = sorted(glob.glob(os.path.join(folder, f"china_sites_{year}????.csv")))
    frames = []
    for f in files:
        df = pd.read_csv(f, dtype={"date": "int64", "hour": "int64", "type": "string"}, low_memory=False)
        df = df.loc[df["type"].isin(list(POLLUTANTS))]
        # A repeated station column comes back as "3207A.1": the first copy is kept, as in the workbench.
        df = df.loc[:, [c for c in df.columns if "." not in c]]
        frames.append(df)
    feed = pd.concat(frames, ignore_index=True)
    feed = feed.drop_duplicates(subset=["date", "hour", "type"], keep="first")
    stations = [c for c in feed.columns if c not in ("date", "hour", "type")]
    return feed, stations


def cube(feed, stations, kind, days):
    """(day, hour 0-23, station) array of one pollutant, NaN = missing."""
    one = feed.loc[feed["type"] == kind].set_index(["date", "hour"])[stations].apply(pd.to_numeric, errors="coerce")
    one = one.where(one >= 0)
    full = pd.MultiIndex.from_product([days, range(24)], names=["date", "hour"])
    return one.reindex(full).to_numpy(dtype="float64").reshape(len(days), 24, len(stations))


def daily_mean(c, min_hours=20):
    n = np.sum(~np.isnan(c), axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.nansum(c, axis=1) / n
    return np.where(n >= min_hours, mean, np.nan)


def mda8(c, min_hours=6, min_windows=14):
    windows = np.lib.stride_tricks.sliding_window_view(c, 8, axis=1)  # (day, 17, station, 8)
    n = np.sum(~np.isnan(windows), axis=3)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(n >= min_hours, np.nansum(windows, axis=3) / n, np.nan)
    valid = np.sum(~np.isnan(means), axis=1)
    with np.errstate(invalid="ignore"):
        best = np.nanmax(np.where(np.isnan(means), -np.inf, means), axis=1)
    return np.where(valid >= min_windows, best, np.nan)


ROLES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "lib", "Workbench", "Registries", "Data", "station_roles.csv")


def station_list(path, year):
    s = pd.read_csv(path, dtype=str, encoding="utf-8-sig")
    if "启用日期" in s.columns:
        # A Workbench registry has one record per span of validity: the span in force at the year's end decides.
        start, end = s["启用日期"].fillna(""), s["停用日期"].fillna("")
        s = s.loc[(start <= f"{year}-12-31") & ((end == "") | (end >= f"{year}-12-31"))]
    s = s.drop_duplicates(subset=["监测点编码"], keep="first")
    control = s["监测点名称"].str.contains("对照点", na=False)
    if "对照点" in s.columns:
        control = control | (s["对照点"] == "是")
    else:
        # Lists without a role column get the workbench's station-role registry (roles spanning the whole year).
        roles = pd.read_csv(ROLES, dtype=str).fillna("")
        whole = roles.loc[(roles["from"] <= f"{year}-01-01") & ((roles["to"] == "") | (roles["to"] >= f"{year}-12-31")), "code"]
        control = control | s["监测点编码"].isin(set(whole))
    return s.loc[~control, ["监测点编码", "城市"]].rename(columns={"监测点编码": "station", "城市": "city"})


def reported(x, decimals):
    if x is None or np.isnan(x):
        return ""
    d = Decimal(repr(round(float(x), 10))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_EVEN)
    return format(d, "f")


def main(folder, stations_path, year, out):
    feed, stations = read_feed(folder, year)
    all_days = [int(d.strftime("%Y%m%d")) for d in pd.date_range(f"{year}-01-01", f"{year}-12-31")]
    cubes = {kind: cube(feed, stations, kind, all_days) for kind in POLLUTANTS}
    del feed

    members = station_list(stations_path, year)
    members = members.loc[members["station"].isin(stations)]
    index = {s: i for i, s in enumerate(stations)}
    rows = []
    for city, group in members.groupby("city", sort=True):
        cols = sorted({index[s] for s in group["station"]})
        row = {"city": city}
        for kind, values in cubes.items():
            sub = values[:, :, cols]
            n = np.sum(~np.isnan(sub), axis=2)
            with np.errstate(invalid="ignore", divide="ignore"):
                hourly = np.where(n > 0, np.nansum(sub, axis=2) / n, np.nan)[:, :, None]   # the city's hourly series
            city_daily = (mda8(hourly) if kind == "O3" else daily_mean(hourly))[:, 0]
            valid = city_daily[~np.isnan(city_daily)]
            if kind == "CO":
                row["CO_P95"] = np.percentile(valid, 95) if len(valid) else np.nan
            elif kind == "O3":
                row["O3_8h_P90"] = np.percentile(valid, 90) if len(valid) else np.nan
            else:
                row[kind] = valid.mean() if len(valid) else np.nan
        rows.append(row)
    table = pd.DataFrame(rows)
    for col, dec in DECIMALS.items():
        table[col] = [reported(v, dec) for v in table[col]]
    table[["city", "PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90"]].to_csv(out, index=False)


if __name__ == "__main__":
    import warnings
    warnings.filterwarnings("ignore", category=RuntimeWarning)
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4])
