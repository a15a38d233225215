#!/usr/bin/env bash
# National-scale benchmark (issue 8): one run on the real national 2019 feed, side by side.
#   benchmarks/run.sh [--five-years]   (needs ../shared beside the checkout; WB_BENCH_CACHE = unpack/cache folder)
# --five-years also generates five national years (2019..2023, once, cached), imports them (once) and times the
# all-city assessment of each year from the store, one year in memory at a time.
# Prints a table, then: speedup_vs_pandas=<x> store_assess_s=<s> import_assess_s=<s> peak_rss_mb=<m>
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/paths.sh"

[ -f "$tarball" ] || { echo "缺少 $tarball（需要 ../shared/data）" >&2; exit 1; }
$python -c 'import pandas' 2>/dev/null || { echo "缺少 pandas：apt-get install -y python3-pandas" >&2; exit 1; }
command -v /usr/bin/time >/dev/null || { echo "缺少 /usr/bin/time：apt-get install -y time" >&2; exit 1; }
mkdir -p "$cache"
if [ ! -f "$feed/china_sites_20191231.csv" ]; then
  echo "解压全国 2019 年数据到 $cache（只做一次）……" >&2
  tar -xJf "$tarball" -C "$cache"
fi

# Every step reads the feed from the page cache, the first one included (a cold first read would be charged to
# whichever step happens to run first).
cat "$feed"/*.csv >/dev/null
# No build servers left behind: they would share the two cores with the first timed step.
dotnet build "$root/benchmarks/Workbench.Bench/Workbench.Bench.csproj" -c Release -v q --nologo --disable-build-servers >/dev/null
bench="dotnet $root/benchmarks/Workbench.Bench/bin/Release/net10.0/Workbench.Bench.dll"
out="$cache/results"; store="$cache/store-2019"
rm -rf "$out" "$store"; mkdir -p "$out"

# run <name> <command…>: wall seconds and peak RSS (MB) from /usr/bin/time -v; stdout kept for the profile.
declare -A wall rss
run() {
  local name=$1; shift
  /usr/bin/time -v "$@" >"$out/$name.out" 2>"$out/$name.time" || { cat "$out/$name.out" "$out/$name.time" >&2; exit 1; }
  wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$out/$name.time")
  rss[$name]=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$out/$name.time")
}

run import_assess $bench csv-assess "$feed" "$stations" 2019 "$out/network_csv.csv"
run import_store  $bench import "$feed" "$store" "$stations"
run store_assess  $bench store-assess "$store" 2019 "$out/network_store.csv"
run duckdb_sql    $bench duckdb-sql "$store" 2019 "$root/benchmarks/city_annual.sql" "$out/duckdb_sql.csv"
run pandas        $python "$root/benchmarks/pandas_peer.py" "$feed" "$stations" 2019 "$out/pandas.csv"
run aqi_agreement $bench aqi-agreement "$feed"
if [ "${1:-}" = "--five-years" ]; then
  gen="$cache/national-2019-2023"; store5="$cache/store-2019-2023"
  if [ ! -f "$gen/china_sites/china_sites_20231231.csv" ]; then
    rm -rf "$gen" "$store5"
    "$root/workbench" sample --national --years 2019..2023 --stations "$stations" --out "$gen"
  fi
  [ -f "$store5/daily/year=2023.bin" ] || { rm -rf "$store5"; run import_5_years $bench import "$gen/china_sites" "$store5" "$gen/stations.csv"; }
  run store_5_years $bench store-years "$store5" "$out/five-years"
fi

cmp -s "$out/network_csv.csv" "$out/network_store.csv" && same=yes || same=NO
agree=$($python "$root/benchmarks/compare.py" "$out/network_csv.csv" "$out/pandas.csv")
sql_agree=$($python "$root/benchmarks/compare.py" "$out/network_csv.csv" "$out/duckdb_sql.csv")

printf '\n%-16s %9s %9s  %s\n' step wall_s peak_mb what
printf '%-16s %9s %9s  %s\n' import_assess "${wall[import_assess]}" "${rss[import_assess]}" "CSV → all-city+station annual table (workbench)"
printf '%-16s %9s %9s  %s\n' import_store "${wall[import_store]}" "${rss[import_store]}" "CSV → Parquet store (once)"
printf '%-16s %9s %9s  %s\n' store_assess "${wall[store_assess]}" "${rss[store_assess]}" "store → same table (workbench)"
printf '%-16s %9s %9s  %s\n' duckdb_sql "${wall[duckdb_sql]}" "${rss[duckdb_sql]}" "DuckDB SQL alone on the store (means, CO P95)"
printf '%-16s %9s %9s  %s\n' pandas "${wall[pandas]}" "${rss[pandas]}" "pandas peer, CSV → city annual values"
[ -n "${wall[store_5_years]:-}" ] && printf '%-16s %9s %9s  %s\n' store_5_years "${wall[store_5_years]}" "${rss[store_5_years]}" "store → table of each of 5 generated national years"
printf '%-16s %9s %9s  %s\n' aqi_agreement "${wall[aqi_agreement]}" "${rss[aqi_agreement]}" "CNEMC-practice hourly AQI vs published"
echo
echo "profile (seconds per stage):"; grep -h '^stage' "$out"/*.out | sed 's/^/  /'
echo "store table = CSV table: $same"
echo "pandas vs workbench (city annual values): $agree"
echo "duckdb SQL vs workbench: $sql_agree"
grep -h '^aqi_agreement' "$out/aqi_agreement.out" | sed 's/^/hourly AQI: /'
peak=0; for k in "${!rss[@]}"; do [ "${rss[$k]}" -gt "$peak" ] && [ "$k" != pandas ] && peak=${rss[$k]}; done
speedup=$(awk -v a="${wall[pandas]}" -v b="${wall[import_assess]}" 'BEGIN{printf "%.1f", a/b}')
echo "speedup_vs_pandas=$speedup store_assess_s=${wall[store_assess]} import_assess_s=${wall[import_assess]} peak_rss_mb=$peak"
