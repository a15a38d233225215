# The benchmark's inputs and cache folder, shared by run.sh and profile.sh (sourced, not run).
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${WB_SHARED:-$root/../shared}"
cache="${WB_BENCH_CACHE:-${TMPDIR:-/tmp}/wb-national}"
tarball="$shared/data/cnemc_hourly_2019/cnemc_sites_2019_national.tar.xz"
stations="$shared/data/stations/cnemc_station_list_2020-01-01.csv"
feed="$cache/cnemc_sites_2019_national"
python=/usr/bin/python3   # Debian's interpreter: python3-pandas is installed for it only
