#!/usr/bin/env bash
# CPU profile of one benchmark step (issue 8: "report what bounds them, with a profile").
#   benchmarks/profile.sh <step> [frame filter]     step: csv-assess | store-assess | import | aqi-agreement
# Runs the step as benchmarks/run.sh does (same cache folder, which run.sh fills), under dotnet-trace (pinned in
# dotnet-tools.json), and prints where the on-CPU time goes; the speedscope file (open it at speedscope.app or in
# any speedscope viewer) is left beside the results.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
step="${1:?用法：benchmarks/profile.sh csv-assess|store-assess|import|aqi-agreement [过滤]}"
[ -f "$feed/china_sites_20191231.csv" ] || { echo "缺少 $feed：请先运行 benchmarks/run.sh（解压全国数据）" >&2; exit 1; }
(cd "$root" && dotnet tool restore >/dev/null)
mkdir -p "$cache"; build_bench
bench="$bench_dll"
out="$cache/profile"; mkdir -p "$out"
case "$step" in
  csv-assess)    args=(csv-assess "$feed" "$stations" 2019 "$out/network.csv") ;;
  store-assess)  [ -d "$cache/store-2019" ] || { echo "缺少 $cache/store-2019：请先运行 benchmarks/run.sh" >&2; exit 1; }
                 args=(store-assess "$cache/store-2019" 2019 "$out/network.csv") ;;
  import)        rm -rf "$out/store"; args=(import "$feed" "$out/store" "$stations") ;;
  aqi-agreement) args=(aqi-agreement "$feed") ;;
  *) echo "未知步骤：$step" >&2; exit 2 ;;
esac
(cd "$root" && dotnet dotnet-trace collect --profile dotnet-sampled-thread-time --format Speedscope \
  -o "$out/$step.nettrace" -- dotnet "$bench" "${args[@]}" >/dev/null)
$python "$root/benchmarks/profile_top.py" "$out/$step.speedscope.json" "${2:-}"
echo "speedscope: $out/$step.speedscope.json"
