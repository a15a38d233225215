#!/usr/bin/env bash
# National-scale benchmark (issue 8): one run on the real national 2019 feed, side by side.
#   benchmarks/run.sh [--five-years]   (needs ../shared beside the checkout; WB_BENCH_CACHE = unpack/cache folder)
# --five-years also generates five national years (2019..2023, once, cached), imports them (once) and times the
# all-city assessment of each year from the store, one year in memory at a time.
# Each workbench step runs three times and counts by its median wall time (peak memory: the largest of the three);
# the pandas peer runs once. As the installed tool does, a step's run records the methods it compiled at run time in
# the user cache folder (lib/Workbench/JitProfile.cs) and the next run of the step compiles them on the spare core: on
# a new build the first run of each step only records.
# Prints a table, then:
#   speedup_vs_pandas=<x> store_assess_s=<s> import_assess_s=<s> peak_rss_mb=<m> store_mb=<m> import_s=<s> append_day_s=<s>
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
build_bench
bench="dotnet $bench_dll"
out="$cache/results"; store="$cache/store-2019"
rm -rf "$out" "$store"; mkdir -p "$out"

# once <name> <command…>: wall seconds and peak RSS (MB) from /usr/bin/time -v; stdout kept for the profile.
declare -A wall rss
once() {
  local name=$1; shift
  /usr/bin/time -v "$@" >"$out/$name.out" 2>"$out/$name.time" || { cat "$out/$name.out" "$out/$name.time" >&2; exit 1; }
  wall[$name]=$(awk -F': ' '/Elapsed \(wall clock\)/{n=split($2,t,":"); s=0; for(i=1;i<=n;i++) s=s*60+t[i]; printf "%.2f", s}' "$out/$name.time")
  rss[$name]=$(awk -F': ' '/Maximum resident set size/{printf "%.0f", $2/1024}' "$out/$name.time")
}
# three <name> <prepare command> <command…>: the command three times (the prepare command, untimed, before each);
# the median wall time, the largest peak memory.
three() {
  local name=$1 prepare=$2; shift 2
  local walls=() peak=0
  for i in 1 2 3; do
    eval "$prepare"
    once "$name" "$@"
    walls+=("${wall[$name]}")
    [ "${rss[$name]}" -gt "$peak" ] && peak=${rss[$name]}
  done
  wall[$name]=$(printf '%s\n' "${walls[@]}" | sort -g | sed -n 2p)
  rss[$name]=$peak
  echo "$name: ${walls[*]} s → median ${wall[$name]} s" >&2
}

# The last day of the year is left out of a base store, then appended to a copy of it (a day arriving).
last_day="$feed/china_sites_20191231.csv"
base="$cache/store-2019-base"; day_store="$cache/store-2019-append"
rm -rf "$base"; mkdir -p "$cache/base-feed"; rm -f "$cache/base-feed"/*.csv
ls "$feed"/*.csv | grep -v 20191231 | xargs -I{} ln -sf {} "$cache/base-feed/"
$bench import "$cache/base-feed" "$base" "$stations" >/dev/null

three import_assess true $bench csv-assess "$feed" "$stations" 2019 "$out/network_csv.csv"
three import_store 'rm -rf "$store"' $bench import "$feed" "$store" "$stations"
three store_assess true $bench store-assess "$store" 2019 "$out/network_store.csv"
three append_day 'rm -rf "$day_store"; cp -a "$base" "$day_store"' $bench import "$last_day" "$day_store" "$stations"
three duckdb_sql true $bench duckdb-sql "$store" 2019 "$root/benchmarks/city_annual.sql" "$out/duckdb_sql.csv"
once pandas        $python "$root/benchmarks/pandas_peer.py" "$feed" "$stations" 2019 "$out/pandas.csv"
once aqi_agreement $bench aqi-agreement "$feed"
store_mb=$(du -sm "$store" | cut -f1)
# The appended store equals the store imported at once (its all-city table).
$bench store-assess "$day_store" 2019 "$out/network_appended.csv" >/dev/null
cmp -s "$out/network_store.csv" "$out/network_appended.csv" && appended_same=yes || appended_same=NO
if [ "${1:-}" = "--five-years" ]; then
  gen="$cache/national-2019-2023"; store5="$cache/store-2019-2023"
  if [ ! -f "$gen/china_sites/china_sites_20231231.csv" ]; then
    rm -rf "$gen" "$store5"
    "$root/workbench" sample --national --years 2019..2023 --stations "$stations" --out "$gen"
  fi
  [ -f "$store5/manifest/year=2023.json" ] || { rm -rf "$store5"; once import_5_years $bench import "$gen/china_sites" "$store5" "$gen/stations.csv"; }
  once store_5_years $bench store-years "$store5" "$out/five-years"
fi

cmp -s "$out/network_csv.csv" "$out/network_store.csv" && same=yes || same=NO
agree=$($python "$root/benchmarks/compare.py" "$out/network_csv.csv" "$out/pandas.csv")
sql_agree=$($python "$root/benchmarks/compare.py" "$out/network_csv.csv" "$out/duckdb_sql.csv")

printf '\n%-16s %9s %9s  %s\n' step wall_s peak_mb what
printf '%-16s %9s %9s  %s\n' import_assess "${wall[import_assess]}" "${rss[import_assess]}" "CSV → all-city+station annual table (workbench)"
printf '%-16s %9s %9s  %s\n' import_store "${wall[import_store]}" "${rss[import_store]}" "CSV → Parquet store (a new store, the whole year)"
printf '%-16s %9s %9s  %s\n' append_day "${wall[append_day]}" "${rss[append_day]}" "one national day (31 Dec) appended to the store of the year's other days"
printf '%-16s %9s %9s  %s\n' store_assess "${wall[store_assess]}" "${rss[store_assess]}" "store → same table (workbench)"
printf '%-16s %9s %9s  %s\n' duckdb_sql "${wall[duckdb_sql]}" "${rss[duckdb_sql]}" "DuckDB SQL alone on the store (means, CO P95)"
printf '%-16s %9s %9s  %s\n' pandas "${wall[pandas]}" "${rss[pandas]}" "pandas peer, CSV → city annual values"
[ -n "${wall[store_5_years]:-}" ] && printf '%-16s %9s %9s  %s\n' store_5_years "${wall[store_5_years]}" "${rss[store_5_years]}" "store → table of each of 5 generated national years"
printf '%-16s %9s %9s  %s\n' aqi_agreement "${wall[aqi_agreement]}" "${rss[aqi_agreement]}" "CNEMC-practice hourly AQI vs published"
echo
echo "profile (seconds per stage):"; grep -h '^stage' "$out"/*.out | sed 's/^/  /'
echo "store table = CSV table: $same"
echo "store with the last day appended = store imported at once: $appended_same"
echo "store size: ${store_mb} MB"
echo "pandas vs workbench (city annual values): $agree"
echo "duckdb SQL vs workbench: $sql_agree"
grep -h '^aqi_agreement' "$out/aqi_agreement.out" | sed 's/^/hourly AQI: /'
peak=0; for k in "${!rss[@]}"; do [ "${rss[$k]}" -gt "$peak" ] && [ "$k" != pandas ] && peak=${rss[$k]}; done
speedup=$(awk -v a="${wall[pandas]}" -v b="${wall[import_assess]}" 'BEGIN{printf "%.1f", a/b}')
echo "speedup_vs_pandas=$speedup store_assess_s=${wall[store_assess]} import_assess_s=${wall[import_assess]} peak_rss_mb=$peak store_mb=$store_mb import_s=${wall[import_store]} append_day_s=${wall[append_day]}"
