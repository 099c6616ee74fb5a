#!/usr/bin/env bash
# A real restart mid-session (issue 12): boots Pawprints (Payara Micro, as the run command does)
# on a fresh H2 file database, has a facilitator move to a poll and a participant answer, stops
# the server (SIGTERM, as a deploy would) and boots it again on the same database; then checks
# that both land where the room was and that the next change reaches the phone by push.
# Not part of the test suite: it boots Payara twice. usage: src/bench/live/restart.sh
#   knobs: BENCH_SKIP_BUILD=1 (use target/pawprints.war as it is)
set -euo pipefail
cd "$(dirname "$0")/../../.."
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
work=$(mktemp -d)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; rm -rf "$work"' EXIT
log() { echo "[$(date +%T)] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

jar=target/payara-micro.jar
war=target/pawprints.war
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$war" ] && [ -f "$jar" ] \
  || ./mvnw -B -q -o -DskipTests -Dspotbugs.skip -Dspotless.check.skip -Djacoco.skip=true package >&2
mkdir -p "$work/lib" "$work/data"
./mvnw -B -q -o dependency:copy -Dartifact=org.glassfish.tyrus.bundles:tyrus-standalone-client:2.2.2 \
  -DoutputDirectory="$work/lib" >&2
unzip -q -j -o "$war" 'WEB-INF/lib/h2-*.jar' -d "$work/lib"
cp="$work/harness:$(ls "$work"/lib/tyrus-standalone-client-*.jar):$(ls "$work"/lib/h2-*.jar)"
javac -nowarn -d "$work/harness" -cp "$cp" src/bench/live/harness/*.java

port=$(free_port)
base="http://127.0.0.1:$port"
export PAWPRINTS_DATA_DIR="$work/data" PAWPRINTS_PORT="$port" PAWPRINTS_PASSWORD_ITERATIONS=1024
export PAWPRINTS_DB_URL="jdbc:h2:file:$work/data/pawprints;AUTO_SERVER=TRUE"
boot() {
  java @server-config/jvm.args -Dpawprints.bind.address=127.0.0.1 -jar "$jar" --deploy "$war:/" \
    --port "$port" --nocluster \
    --prebootcommandfile server-config/pre-boot-commands.asadmin \
    --postbootcommandfile server-config/post-boot-commands.asadmin \
    --logproperties server-config/logging.properties >>"$work/server.log" 2>&1 &
  server_pid=$!
  until curl -fs -o /dev/null "$base/health/ready"; do
    kill -0 "$server_pid" 2>/dev/null || { tail -50 "$work/server.log" >&2; log "the server died while booting"; exit 1; }
    sleep 0.5
  done
}
log "booting Pawprints on $base"
boot
java -cp "$cp" bench.live.RestartCheck before "$base" "$PAWPRINTS_DB_URL" "$work/state"
log "stopping the server mid-session"
stop_server
log "booting it again on the same database"
boot
java -cp "$cp" bench.live.RestartCheck after "$base" "$PAWPRINTS_DB_URL" "$work/state"
log "the session resumed where it was"
