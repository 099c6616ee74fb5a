#!/usr/bin/env bash
# Answer save rate on the embedded H2 database, with each commit written before "Saved"
# (PAWPRINTS_H2_WRITE_DELAY=0, the default) and with H2's own lazy default (500 ms), measured in
# the same run. For each setting: boot the real WAR on a fresh data directory, seed participants
# straight into H2, then THREADS participants each sign in and save the same exercise's answer
# over and over through the real page (form POST, ViewState and all) for SECONDS; only saves the
# page acknowledged ("Your answer is saved.") count.
#   usage: src/bench/answer-saves.sh [SECONDS] [THREADS]   (from the project's root, after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
threads=${2:-4}
jar=target/payara-micro.jar
war=target/pawprints.war
h2=$(ls ~/.m2/repository/com/h2database/h2/2.5.252/h2-2.5.252.jar)
[ -f "$jar" ] && [ -f "$war" ] || ./mvnw -B -q -DskipTests -Dspotbugs.skip -Dspotless.check.skip package

work=$(mktemp -d)
port=18090
pid=
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT

run() { # $1 write delay in ms
  local delay=$1 data="$work/data-$1"
  local url="jdbc:h2:file:$data/pawprints;AUTO_SERVER=TRUE"
  PAWPRINTS_DATA_DIR="$data" PAWPRINTS_PORT=$port PAWPRINTS_DB_URL="$url" \
    PAWPRINTS_H2_WRITE_DELAY=$delay \
    java -Dpawprints.bind.address=127.0.0.1 -jar "$jar" --deploy "$war" --contextroot / \
    --port $port --nocluster --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --postbootcommandfile server-config/post-boot-commands.asadmin >"$work/server-$delay.log" 2>&1 &
  pid=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do
    kill -0 $pid 2>/dev/null || { echo "server died, see $work/server-$delay.log"; exit 1; }
    sleep 0.5
  done
  python3 src/bench/answer_saves.py seed "$threads" | java -cp "$h2" org.h2.tools.Shell \
    -url "$url" -user pawprints -password pawprints >/dev/null
  python3 src/bench/answer_saves.py save "$threads" "$seconds" "http://127.0.0.1:$port" "$delay"
  kill $pid; wait $pid 2>/dev/null || true
  pid=
}

echo "| H2 write delay | acknowledged saves/s | p50 ms | p95 ms | saves |"
echo "|---|---|---|---|---|"
run 0
run 500
