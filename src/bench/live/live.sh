#!/usr/bin/env bash
# Live-session benchmark (issue 12). One Payara Micro, started the way the run command starts
# Pawprints (server-config/jvm.args, the same pre/post-boot commands), serves the bare broadcast
# WAR at /bench-broadcast: one plain Jakarta WebSocket endpoint that sends a 200-byte message to
# every open socket when asked. The Java client in harness/ (Tyrus standalone client) then, for
# each N, and for each side in turn in the same run: connects N sockets, advances 5 times to warm
# up and BENCH_ADVANCES times measured, and reports per measure p50/p95/max and missed, plus the
# server's resident memory with the N connected, its CPU per measured round and how much of that
# the JIT compiler's threads used. Prints a Markdown table.
#   usage: src/bench/live/live.sh          (from anywhere)
#   knobs: BENCH_SIZES=100,500,1000 BENCH_ADVANCES=20 BENCH_SIDES=bare BENCH_PAUSE_MS=200
#          BENCH_WARMUP_PASS=50 (unmeasured advances at the largest N first, for the JIT)
#          BENCH_SIDES=bare,pawprints20: twenty sessions at once, N split among them, each its own
#          cohort with its own facilitator (BENCH_ROOMS_COHORT=one: all in one cohort, as before session 27)
#          BENCH_ROOMS_STAGGER_MS=100: room i's Next i x 100 ms after the first (0: all at the same moment)
#          BENCH_WAR=path (another build of Pawprints, e.g. main's, with BENCH_SKIP_BUILD=1)
#          BENCH_DB_URL=jdbc:postgresql://... (PostgreSQL instead of the embedded H2; see below)
#          BENCH_SERVER_OPTS="-XX:StartFlightRecording=..." (extra JVM options for the server only)
#          BENCH_JFR=/path/prefix (a JFR recording of the server over each side and N's measured rounds)
#          BENCH_JFR_SETTINGS=default (its settings: "profile" unless set; "default" samples less often and
#          disturbs the run less)
#          BENCH_CONFIG=<dir> (another copy of server-config, to compare settings)
#          BENCH_SERVER_LOG=/path/file (keep the server's log there when the run ends)
# A side is a class of harness/ implementing Side, registered by name in LiveBench.SIDES. The
# "pawprints" side (BENCH_SIDES=bare,pawprints, the default) deploys target/pawprints.war at / on
# the same server (built first unless BENCH_SKIP_BUILD=1 and it exists), with a fresh H2 database
# the harness seeds through AUTO_SERVER, and password hashing at 1,024 iterations so that signing
# a thousand people in takes seconds (sign-in is not what is measured).
set -euo pipefail
cd "$(dirname "$0")/../../.."
sizes=${BENCH_SIZES:-100,500,1000}
advances=${BENCH_ADVANCES:-20}
sides=${BENCH_SIDES:-bare,pawprints}
pause=${BENCH_PAUSE_MS:-200}
warmup_pass=${BENCH_WARMUP_PASS:-50}
payara_version=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
tyrus=org.glassfish.tyrus.bundles:tyrus-standalone-client:2.2.2

work=$(mktemp -d)
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
  fi
}
trap 'stop_server; [ -z "${BENCH_SERVER_LOG:-}" ] || cp "$work/server.log" "$BENCH_SERVER_LOG"; rm -rf "$work"' EXIT
log() { echo "[$(date +%T)] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# ---- what the run needs: Payara Micro, the Jakarta EE API to compile against, the client ----
mkdir -p "$work/lib"
jar=target/payara-micro.jar
[ -f "$jar" ] || { ./mvnw -B -q dependency:copy -Dartifact="fish.payara.extras:payara-micro:$payara_version" \
  -DoutputDirectory="$work/lib" >&2 && jar="$work/lib/payara-micro-$payara_version.jar"; }
for artifact in jakarta.platform:jakarta.jakartaee-api:10.0.0 "$tyrus"; do
  ./mvnw -B -q dependency:copy -Dartifact="$artifact" -DoutputDirectory="$work/lib" >&2
done
api="$work/lib/jakarta.jakartaee-api-10.0.0.jar"
client_jar=$(ls "$work"/lib/tyrus-standalone-client-*.jar)

# ---- the bare broadcast's WAR ----
log "building the bare broadcast's WAR"
bare="$work/bare"
cp -r src/bench/live/bare-broadcast "$bare"
mkdir -p "$bare/WEB-INF/classes"
javac -nowarn -d "$bare/WEB-INF/classes" -cp "$api" "$bare"/src/bench/*.java
rm -rf "$bare/src"
(cd "$bare" && jar cf "$work/bench-broadcast.war" .)

# ---- Pawprints, when a side needs it ----
deploys=(--deploy "$work/bench-broadcast.war:/bench-broadcast")
driver_jars=""
ready_path=/bench-broadcast/index.html
if [[ ",$sides," == *,pawprints* ]]; then
  war=${BENCH_WAR:-target/pawprints.war}
  [ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$war" ] \
    || ./mvnw -B -q -o -DskipTests -Dspotbugs.skip -Dspotless.check.skip -Djacoco.skip=true package >&2
  unzip -q -j -o "$war" 'WEB-INF/lib/h2-*.jar' 'WEB-INF/lib/postgresql-*.jar' -d "$work/lib"
  # The harness seeds through JDBC: both drivers on its class path, whichever database is used.
  driver_jars=$(ls "$work"/lib/h2-*.jar):$(ls "$work"/lib/postgresql-*.jar)
  mkdir -p "$work/data"
  export PAWPRINTS_DATA_DIR="$work/data" PAWPRINTS_PASSWORD_ITERATIONS=1024
  # BENCH_DB_URL=jdbc:postgresql://127.0.0.1:5432/<an empty database owned by user pawprints,
  # password pawprints>: the same run on PostgreSQL (a fresh database each run: the seed's ids are
  # fixed). Unset: a fresh embedded H2 file, the run command's default.
  export PAWPRINTS_DB_URL="${BENCH_DB_URL:-jdbc:h2:file:$work/data/pawprints;AUTO_SERVER=TRUE}"
  export PAWPRINTS_DB_USER=pawprints PAWPRINTS_DB_PASSWORD=pawprints
  deploys+=(--deploy "$war:/")
  ready_path=/health/ready
fi

# ---- the client ----
log "compiling the client"
javac -nowarn -d "$work/harness" -cp "$client_jar" src/bench/live/harness/*.java

# ---- the server: every side's application on ONE Payara Micro ----
config=${BENCH_CONFIG:-server-config} # another copy of server-config, to compare settings
port=$(free_port)
export PAWPRINTS_PORT="$port"
base="http://127.0.0.1:$port"
log "booting Payara Micro $payara_version on $base"
# shellcheck disable=SC2086 # BENCH_SERVER_OPTS is a list of options
java @"$config"/jvm.args ${BENCH_SERVER_OPTS:-} -Dpawprints.bind.address=127.0.0.1 -jar "$jar" "${deploys[@]}" \
  --port "$port" --nocluster \
  --prebootcommandfile "$config"/pre-boot-commands.asadmin \
  --postbootcommandfile "$config"/post-boot-commands.asadmin \
  --logproperties "$config"/logging.properties >"$work/server.log" 2>&1 &
server_pid=$!
until curl -fs -o /dev/null "$base$ready_path" && curl -fs -o /dev/null "$base/bench-broadcast/index.html"; do
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; log "the server died while booting"; exit 1; }
  sleep 0.5
done
log "ready; $(uptime)"

# ---- the run ----
echo "Payara Micro $payara_version, $(java -version 2>&1 | head -1), $(nproc) cores;" \
  "before the run: $(uptime | sed 's/^ *//')."
echo "First $warmup_pass unmeasured advances at the largest N; then each N: $advances advances" \
  "measured after 5 warm-up advances, ${pause} ms apart;" \
  "a figure is the time from just before the advance to one participant's moment."
echo
java -Xss512k -cp "$work/harness:$client_jar${driver_jars:+:$driver_jars}" bench.live.LiveBench --server "$base" \
  --jdbc "${PAWPRINTS_DB_URL:-none}" \
  --sides "$sides" --sizes "$sizes" --advances "$advances" --pause-ms "$pause" \
  --warmup-pass "$warmup_pass" \
  --server-pid "$server_pid"
echo
echo "After the run: $(uptime | sed 's/^ *//')."
# An error the server logs on every request (a refused nonce, an expired view) is measured as if
# it were the page's cost: say how many there were, and which.
errors=$(grep -c ' SEVERE ' "$work/server.log" || true)
echo "Server log: $errors SEVERE lines."
# (a quiet log is the good case, not a failure: the script's status stays 0)
if [ "$errors" -gt 0 ]; then
  grep ' SEVERE ' "$work/server.log" | sed 's/^[0-9-]* [0-9:]* //' | sort | uniq -c | sort -rn | head -5
fi
