#!/usr/bin/env python3
"""Independent trend vectors for TrendTests: Theil-Sen slope (scipy.stats.theilslopes) and a hand-written
Mann-Kendall test (tie-corrected variance, continuity correction, two-sided normal p via scipy.stats.norm),
cross-checked against scipy.stats.kendalltau where x has no ties.

Run with Debian's python3 and python3-scipy; writes trend_vectors.csv beside this file.
"""
import csv
import math
import os

import numpy as np
from scipy import stats

CASES = [
    # name, x, y (NaN = missing value, dropped)
    ("pm25_2013_2020", list(range(2013, 2021)), [108, 93, 80, 72, 66, 60, 58, 49]),
    ("o3_2013_2020_rising", list(range(2013, 2021)), [140, 151, 155, 166, 178, 172, 190, 181]),
    ("so2_with_ties", list(range(2010, 2021)), [40, 38, 38, 35, 30, 30, 30, 22, 15, 12, 12]),
    ("flat_noise", list(range(2011, 2021)), [50, 53, 49, 52, 50, 51, 48, 53, 50, 52]),
    ("with_missing_year", list(range(2014, 2022)), [80, 75, float("nan"), 66, 60, 61, 52, 50]),
    ("all_equal_but_one", list(range(2015, 2021)), [30, 30, 30, 30, 30, 31]),
    ("monthly_24", list(range(1, 25)),
     [95, 88, 70, 62, 55, 48, 45, 47, 52, 66, 80, 99, 90, 84, 66, 58, 50, 46, 40, 44, 50, 60, 75, 92]),
    ("three_points_down", [2018, 2019, 2020], [60, 55, 47]),
]


def mann_kendall(y):
    n = len(y)
    s = 0
    for i in range(n):
        for j in range(i + 1, n):
            s += int(np.sign(y[j] - y[i]))
    _, counts = np.unique(y, return_counts=True)
    ties = sum(t * (t - 1) * (2 * t + 5) for t in counts if t > 1)
    var = (n * (n - 1) * (2 * n + 5) - ties) / 18.0
    if s > 0:
        z = (s - 1) / math.sqrt(var)
    elif s < 0:
        z = (s + 1) / math.sqrt(var)
    else:
        z = 0.0
    p = 2 * stats.norm.sf(abs(z))
    return s, var, z, p


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "trend_vectors.csv")
    with open(out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["case", "x", "y", "slope", "intercept", "s", "var_s", "z", "p", "pct_of_mean", "kendalltau_p_no_cc"])
        for name, x, y in CASES:
            x = np.array(x, dtype=float)
            y = np.array(y, dtype=float)
            keep = ~np.isnan(y)
            xs, ys = x[keep], y[keep]
            ts = stats.theilslopes(ys, xs)
            slope, intercept = float(ts[0]), float(ts[1])
            s, var, z, p = mann_kendall(ys)
            # kendalltau's asymptotic p has the same tie-corrected variance but no continuity correction.
            tau_p = float(stats.kendalltau(xs, ys, method="asymptotic").pvalue)
            w.writerow([name, ";".join(repr(float(v)) for v in x), ";".join(repr(float(v)) for v in y),
                        repr(slope), repr(intercept), s, repr(var), repr(z), repr(float(p)),
                        repr(slope / ys.mean() * 100), repr(tau_p)])
    print("wrote", out)


if __name__ == "__main__":
    main()
