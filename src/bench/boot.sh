#!/usr/bin/env bash
# Boot benchmark: time from starting Payara Micro to the first 200 on /, and resident memory
# (RSS) once booted, for Pawprints and, in the same run, for a bare Payara Micro serving an
# empty WAR (the platform baseline). Medians over RUNS boots (default 5), each on a fresh data
# directory, JVM flags as the run command uses them (none).
#   usage: src/bench/boot.sh [RUNS]        (from the project's root, after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=target/payara-micro.jar
war=target/pawprints.war
[ -f "$jar" ] && [ -f "$war" ] || ./mvnw -B -q -DskipTests -Dspotbugs.skip -Dspotless.check.skip package

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/empty/WEB-INF"
echo ok > "$work/empty/index.html"
(cd "$work/empty" && jar cf "$work/empty.war" .)

port=18080
measure() { # $1 label, $2 war
  local label=$1 app=$2 i
  for i in $(seq 1 "$runs"); do
    local data="$work/data-$label-$i"
    local start end pid rss
    start=$(date +%s%N)
    PAWPRINTS_DATA_DIR="$data" PAWPRINTS_PORT=$port java -Dpawprints.bind.address=127.0.0.1 -jar "$jar" --deploy "$app" \
      --contextroot / --port $port --nocluster >"$work/$label-$i.log" 2>&1 &
    pid=$!
    until curl -fs -o /dev/null "http://127.0.0.1:$port/"; do
      kill -0 $pid 2>/dev/null || { echo "server died, see $work/$label-$i.log"; exit 1; }
      sleep 0.1
    done
    end=$(date +%s%N)
    sleep 5 # let the boot settle before reading memory
    rss=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
    echo "$label $(( (end - start) / 1000000 )) $rss"
    kill $pid; wait $pid 2>/dev/null || true
  done
}

{
  measure empty-war "$work/empty.war"
  measure pawprints "$war"
} | tee "$work/results"

echo
echo "| what | boot to first 200 (median ms) | RSS after boot (median MB) |"
echo "|---|---|---|"
python3 - "$work/results" <<'PY'
import sys, statistics, collections
rows = collections.defaultdict(list)
for line in open(sys.argv[1]):
    label, ms, kb = line.split()
    rows[label].append((int(ms), int(kb)))
for label, values in rows.items():
    ms = statistics.median(v[0] for v in values)
    mb = statistics.median(v[1] for v in values) / 1024
    print(f"| {label} ({len(values)} boots) | {ms:.0f} | {mb:.0f} |")
PY
