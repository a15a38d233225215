"""Compares city annual values of the workbench table with a peer's table (pandas or SQL): prints agreement."""
import csv
import sys
from decimal import Decimal

KEYS = ["PM2.5", "PM10", "SO2", "NO2", "CO_P95", "O3_8h_P90"]


def load(path, city_only):
    with open(path, encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    if city_only:
        rows = [r for r in rows if r.get("level") == "city"]
    return {(r.get("name") or r["city"]): r for r in rows}


ours, theirs = load(sys.argv[1], True), load(sys.argv[2], False)
compared = equal = 0
diffs = []
for city, row in theirs.items():
    if city not in ours:
        continue
    for k in KEYS:
        if k not in row or row[k] in ("", None) or ours[city][k] == "":
            continue
        compared += 1
        if Decimal(row[k]) == Decimal(ours[city][k]):
            equal += 1
        elif len(diffs) < 5:
            diffs.append(f"{city} {k} {ours[city][k]}≠{row[k]}")
rate = 100.0 * equal / compared if compared else 0.0
print(f"{equal}/{compared} values equal ({rate:.2f} %)" + (f"; e.g. {'; '.join(diffs)}" if diffs else ""))
