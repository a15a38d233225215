# The benchmark's inputs and cache folder, shared by run.sh and profile.sh (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WB_SHARED:-$root/../shared}"
cache="${WB_BENCH_CACHE:-${TMPDIR:-/tmp}/wb-national}"
tarball="$shared/data/cnemc_hourly_2019/cnemc_sites_2019_national.tar.xz"
stations="$shared/data/stations/cnemc_station_list_2020-01-01.csv"
feed="$cache/cnemc_sites_2019_national"
python=/usr/bin/python3   # Debian's interpreter: python3-pandas is installed for it only

# The benchmark driver compiled ahead of time (ReadyToRun), as the packaged `workbench` tool is (lib/Workbench.Cli):
# timing JIT-compiled builds would charge each step with compiling code that analysts' installs do not compile.
# Its build and restore files stay in the cache folder (no platform sections added to the repository's lock files).
# No build servers left behind: they would share the two cores with the first timed step.
build_bench() {
  dotnet publish "$root/benchmarks/Workbench.Bench/Workbench.Bench.csproj" -c Release -r linux-x64 --self-contained false \
    -p:PublishReadyToRun=true -p:NuGetLockFilePath=obj/packages.lock.linux-x64.json --artifacts-path "$cache/bench-build" \
    -o "$cache/bench" -v q --nologo --disable-build-servers >/dev/null
  bench_dll="$cache/bench/Workbench.Bench.dll"
}
