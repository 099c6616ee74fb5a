#!/usr/bin/env bash
# Page benchmark: a bare PrimeFaces page (a form and a 20-row p:dataTable, in its own tiny WAR)
# and Pawprints' participant pages, measured one after the other in the same run on the same
# Payara Micro, with the run command's JVM flags (server-config/jvm.args) and server
# configuration. Pawprints gets a seeded cohort of BENCH_PEOPLE participants (paired as couples,
# each with an open quiz), each signed in through the login page: wrk spreads its connections
# over those sessions. Then
# BENCH_VIEWS more page views (all five pages in turn) and the server's resident memory.
# Prints a Markdown table.
#   usage: src/bench/pages.sh      (from anywhere; packages the WAR first unless BENCH_SKIP_BUILD=1)
#   knobs: BENCH_DURATION=20 BENCH_WARMUP=10 BENCH_PEOPLE=50 BENCH_VIEWS=20000
#          BENCH_STEP=gentle-start-up BENCH_CONNECTIONS=50
#          BENCH_JAVA_OPTS="-Dpawprints.password.iterations=1024" (extra JVM options for both servers:
#          that one makes the 50 sign-ins fast on a busy machine; it changes no page view)
#          BENCH_WAR, BENCH_JAR: measure a WAR (and Payara Micro) built earlier; BENCH_CONFIG
#          BENCH_PROFILE=<dir>: a JFR recording (profile settings) of each measured window, one file
#          per page, for `jfr print --events jdk.ExecutionSample` (src/bench/jfr-top.py sums it);
#          BENCH_PROFILE_SETTINGS: another .jfc (e.g. profile.jfc with a 1 ms sampling period)
#          BENCH_ONLY=<words>: measure only the Pawprints pages whose label holds one of these
#          comma-separated words (e.g. BENCH_ONLY=dashboard,exercise; the bare page always runs)
#          BENCH_FIRST_SECONDS=<s>: the first minutes after a boot instead of the whole benchmark: no
#          bare page, no wrk; right after the sign-ins one participant opens the five pages in turn,
#          one request at a time, for that long, and the report is each page's latency per 30 s
#          window since the server was ready (how JIT settings such as -XX:-TieredCompilation in
#          BENCH_JAVA_OPTS treat the first visitors after a deploy)
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)
duration=${BENCH_DURATION:-20}
warmup=${BENCH_WARMUP:-10}
people=${BENCH_PEOPLE:-50}
views=${BENCH_VIEWS:-20000}
step=${BENCH_STEP:-gentle-start-up}
threads=2
# On a machine busy with other work, 50 connections queue past wrk's 10 s timeout: the server
# still serves the requests wrk gave up on, and CPU per counted request then means nothing. Fewer
# connections (BENCH_CONNECTIONS=8) keep every request counted; the sessions stay BENCH_PEOPLE.
connections=${BENCH_CONNECTIONS:-50}

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }
jar=${BENCH_JAR:-target/payara-micro.jar}
war=${BENCH_WAR:-target/pawprints.war}
config=${BENCH_CONFIG:-server-config} # another copy of server-config, to compare settings
[ "${BENCH_SKIP_BUILD:-0}" = 1 ] && [ -f "$jar" ] && [ -f "$war" ] \
  || ./mvnw -B -q -DskipTests -Dspotbugs.skip -Dspotless.check.skip package >&2

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
cookie_header() { # a curl cookie jar as one Cookie header (HttpOnly cookies included)
  awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (k++ ? "; " : ""), $6, $7} END {print ""}' "$1"
}
rss_mb() { awk '/VmRSS/{printf "%.0f", $2/1024}' "/proc/$server_pid/status"; }
# CPU seconds (user + system) the server process has used so far: wall-clock rates are noisy on
# a shared machine, CPU time per request much less so
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{printf "%.2f", ($14 + $15) / hz}' "/proc/$server_pid/stat"; }
# ... of which the JIT compiler's threads: on a busy machine a page's code is still being compiled
# after the warm-up, and that CPU is no cost of the page once the server runs warm (the benchmark
# passes -XX:-UseDynamicNumberOfCompilerThreads, so no compiler thread exits and takes its count along)
jit_s() { # one awk over every thread's stat line: "pid (name) state ... utime stime ..."
  awk -v hz="$(getconf CLK_TCK)" '{
      name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      split(substr($0, index($0, ") ") + 2), f, " ")
      if (name ~ /^(C1 Compiler|C2 Compiler|Sweeper)/) ticks += f[12] + f[13]
    } END {printf "%.2f", ticks / hz}' /proc/"$server_pid"/task/*/stat 2>/dev/null
}

# ---- the bare page's WAR: PrimeFaces (the very jar Pawprints ships) and one small bean ----
log "building the bare page's WAR"
bare="$work/bare"
cp -r src/bench/bare-page "$bare"
mkdir -p "$bare/WEB-INF/lib" "$bare/WEB-INF/classes" "$work/lib"
unzip -q -j -o "$war" 'WEB-INF/lib/primefaces-*.jar' -d "$bare/WEB-INF/lib"
./mvnw -B -q dependency:copy -Dartifact=jakarta.platform:jakarta.jakartaee-api:10.0.0 \
  -DoutputDirectory="$work/lib" >&2
javac -nowarn -d "$bare/WEB-INF/classes" -cp "$work/lib/jakarta.jakartaee-api-10.0.0.jar" \
  "$bare"/src/bench/*.java
rm -rf "$bare/src"
(cd "$bare" && jar cf "$work/bare.war" .)

# ---- starting and measuring ----
start_server() { # $1 label, $2 war, $3 port, $4 address that answers 200 once ready; env from caller
  # shellcheck disable=SC2086 # BENCH_JAVA_OPTS is a list of options
  java @"$config"/jvm.args -XX:-UseDynamicNumberOfCompilerThreads ${BENCH_JAVA_OPTS:-} -Dpawprints.bind.address=127.0.0.1 -jar "$jar" --deploy "$2" --contextroot / --port "$3" --nocluster \
    --prebootcommandfile "$config"/pre-boot-commands.asadmin \
    --postbootcommandfile "$config"/post-boot-commands.asadmin \
    --logproperties "$config"/logging.properties >"$work/$1.log" 2>&1 &
  server_pid=$!
  until curl -fs -o /dev/null "$4"; do
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/$1.log" >&2; log "$1 died while booting"; exit 1; }
    sleep 0.5
  done
}

run_wrk() { # $1 base url, $2 seconds, $3 paths; prints the RESULT line
  BENCH_THREADS=$threads BENCH_PATHS="$3" BENCH_COOKIES="$cookies" \
    wrk -t$threads -c$connections -d"$2"s --timeout 10s -s src/bench/sessions.lua "$1" \
    | grep '^RESULT'
}

measure() { # $1 server label, $2 page label, $3 base url, $4 path
  if [ "$1" != bare ] && [ -n "${BENCH_ONLY:-}" ] \
    && ! echo "$2" | grep -qE "$(echo "$BENCH_ONLY" | tr ',' '|')"; then
    return 0
  fi
  log "$1: $2 ($4): ${warmup}s warm-up, ${duration}s measured"
  run_wrk "$3" "$warmup" "$4" >/dev/null
  local before jit_before result
  [ -z "${BENCH_PROFILE:-}" ] || jcmd "$server_pid" JFR.start name=page settings="${BENCH_PROFILE_SETTINGS:-profile}" >/dev/null
  before=$(cpu_s)
  jit_before=$(jit_s)
  result=$(run_wrk "$3" "$duration" "$4")
  if [ -n "${BENCH_PROFILE:-}" ]; then
    mkdir -p "$BENCH_PROFILE"
    jcmd "$server_pid" JFR.stop name=page filename="$BENCH_PROFILE/$1-$(echo "$2" | tr 'A-Z' 'a-z' | tr -c 'a-z0-9\n' - | cut -c1-30).jfr" >/dev/null
  fi
  echo "$1|$2|$4|$result|$(awk -v a="$before" -v b="$(cpu_s)" 'BEGIN {printf "%.2f", b - a}')|$(
    awk -v a="$jit_before" -v b="$(jit_s)" 'BEGIN {printf "%.2f", b - a}')" \
    | tee -a "$work/results" >&2
}

first_seconds=${BENCH_FIRST_SECONDS:-0}

# ---- 1. the bare page ----
if [ "$first_seconds" = 0 ]; then
port=$(free_port)
base="http://127.0.0.1:$port"
log "booting the bare page on $base"
start_server bare "$work/bare.war" "$port" "$base/table.xhtml"
cookies="$work/bare-cookies"
: >"$cookies"
for i in $(seq 1 "$people"); do # one session each, like the signed-in participants
  curl -s -o /dev/null -c "$work/bare-jar-$i" "$base/table.xhtml"
  cookie_header "$work/bare-jar-$i" >>"$cookies"
done
echo "bare|rss-before|$(rss_mb)" >>"$work/memory"
measure bare "bare PrimeFaces page (form, 20-row p:dataTable)" "$base" /table.xhtml
echo "bare|rss-after|$(rss_mb)" >>"$work/memory"
stop_server
fi

# ---- 2. Pawprints ----
port=$(free_port)
base="http://127.0.0.1:$port"
data="$work/data"
mkdir -p "$data"
export PAWPRINTS_DATA_DIR="$data" PAWPRINTS_PORT="$port"
export PAWPRINTS_DB_URL="jdbc:h2:file:$data/pawprints;AUTO_SERVER=TRUE" # lets the seeder in
log "booting Pawprints on $base"
start_server pawprints "$war" "$port" "$base/health/ready"
ready_at=$(date +%s.%N)
log "Pawprints ready"

read -r section exercise questions < <(python3 - "src/main/resources/content/modules/$step.en.json" <<'PY'
import json, sys
module = json.load(open(sys.argv[1]))
print(module["sections"][0]["id"], module["exercises"][0]["id"], len(module["quiz"]["questions"]))
PY
)
unzip -q -j -o "$war" 'WEB-INF/lib/h2-*.jar' -d "$work/lib"
log "seeding $people participants"
java -cp "$(ls "$work"/lib/h2-*.jar)" src/bench/SeedCohort.java \
  "$PAWPRINTS_DB_URL" "$people" "$step" "$questions" >"$work/people"

log "signing $people participants in"
cookies="$work/cookies"
: >"$cookies"
n=0
while read -r email password; do
  n=$((n + 1))
  cj="$work/jar-$n"
  viewstate=$(curl -s -c "$cj" -b "$cj" "$base/login.xhtml" \
    | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  where=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cj" -b "$cj" \
    --data-urlencode "login=login" --data-urlencode "login:return=" \
    --data-urlencode "login:email=$email" --data-urlencode "login:password=$password" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$viewstate" \
    "$base/login.xhtml")
  case "$where" in
    302*/my/index.xhtml) ;;
    *) log "sign-in of $email failed: $where"; exit 1 ;;
  esac
  cookie_header "$cj" >>"$cookies"
done <"$work/people"
[ "$(sort -u "$cookies" | wc -l)" -eq "$people" ] || { log "sessions are not distinct"; exit 1; }
echo "pawprints|rss-before|$(rss_mb)" >>"$work/memory"

module="/my/module.xhtml?step=$step"
all_pages="/ /my/index.xhtml $module&at=s-$section $module&at=e-$exercise $module&at=quiz"

if [ "$first_seconds" != 0 ]; then
  log "the first ${first_seconds}s: one participant, the five pages in turn, one request at a time"
  one=$(head -1 "$cookies")
  until_s=$(awk -v a="$ready_at" -v s="$first_seconds" 'BEGIN {printf "%d", a + s}')
  : >"$work/first"
  while [ "$(date +%s)" -lt "$until_s" ]; do
    for path in $all_pages; do
      took=$(curl -s -o /dev/null -w '%{http_code} %{time_total}' -H "Cookie: $one" "$base$path")
      echo "$(awk -v a="$ready_at" -v b="$(date +%s.%N)" 'BEGIN {printf "%.1f", b - a}') $path $took" >>"$work/first"
    done
  done
  stop_server
  python3 - "$work/first" "$first_seconds" "${BENCH_JAVA_OPTS:-}" <<'PY'
import statistics, sys
rows = [line.split() for line in open(sys.argv[1])]
window = 30
print(f"One participant, the five pages in turn, one request at a time; JVM options: `{sys.argv[3] or '(none)'}`.")
print("Median ms per page in each 30 s window since the server was ready (the first cell: that page's very first request).\n")
paths = list(dict.fromkeys(r[1] for r in rows))
windows = range(0, int(sys.argv[2]), window)
print("| page | first request | " + " | ".join(f"{w}-{w + window} s" for w in windows) + " |")
print("|---|---|" + "---|" * len(windows))
for p in paths:
    mine = [(float(t), code, float(s) * 1000) for t, q, code, s in rows if q == p]
    cells = []
    for w in windows:
        ms = [m for t, _, m in mine if w <= t < w + window]
        cells.append(f"{statistics.median(ms):.1f} ({len(ms)})" if ms else "-")
    print(f"| `{p}` | {mine[0][2]:.0f} | " + " | ".join(cells) + " |")
bad = [r for r in rows if not r[2].startswith("2")]
print(f"\n{len(rows)} requests, {len(bad)} not 2xx.")
PY
  exit 0
fi
measure pawprints "landing page" "$base" /
measure pawprints "participant dashboard" "$base" /my/index.xhtml
measure pawprints "module screen (lesson section)" "$base" "$module&at=s-$section"
measure pawprints "module exercise" "$base" "$module&at=e-$exercise"
measure pawprints "quiz question" "$base" "$module&at=quiz"
echo "pawprints|rss-after-pages|$(rss_mb)" >>"$work/memory"

log "pawprints: $views more page views, the five pages in turn (10 s rounds)"
: >"$work/views"
views_cpu_before=$(cpu_s)
while [ "$(awk '{s+=$2} END {print s+0}' "$work/views")" -lt "$views" ]; do
  round=$(run_wrk "$base" 10 "$all_pages")
  echo "$round" | tee -a "$work/views" >&2
  [ "$(echo "$round" | awk '{print $2}')" -gt 0 ] || { log "the server answered nothing in 10 s"; exit 1; }
done
views_result=$(awk '{r+=$2; t+=$3; if ($4>p50) p50=$4; if ($5>p99) p99=$5; b+=$6; e+=$7;
  if ($8 != "-") s = s (s ? "," : "") $8}
  END {printf "RESULT %d %.3f %.2f %.2f %d %d %s\n", r, t, p50, p99, b, e, (s ? s : "-")}' "$work/views")
views_cpu=$(awk -v a="$views_cpu_before" -v b="$(cpu_s)" 'BEGIN {printf "%.2f", b - a}')
echo "pawprints|rss-after-views|$(rss_mb)" >>"$work/memory"
stop_server

# ---- the report ----
python3 - "$work/results" "$work/memory" "$views_result" "$views" "$people" "$duration" "$views_cpu" "$connections" <<'PY'
import sys
results, memory, views_result, views, people, duration, views_cpu, connections = sys.argv[1:]
rows = [line.rstrip("\n").split("|") for line in open(results)]
mem = {(a, b): c for a, b, c in (line.rstrip("\n").split("|") for line in open(memory))}
def parse(result):
    _, requests, seconds, p50, p99, bad, socket_errors, statuses = result.split()
    return int(requests), float(seconds), float(p50), float(p99), int(bad), int(socket_errors), statuses
bare = parse(rows[0][3])
bare_rate = bare[0] / bare[1]
print(f"{people} signed-in sessions, wrk -t2 -c{connections}, {duration} s per page after a warm-up.\n")
bare_cpu = float(rows[0][4]) / bare[0] * 1000
bare_work = (float(rows[0][4]) - float(rows[0][5])) / bare[0] * 1000
print("| page | req/s | p50 ms | p99 ms | non-2xx | socket errors | % of bare req/s | p99 / bare p99 "
      "| CPU ms / request | CPU / bare CPU | CPU ms / request without the JIT | that / bare |")
print("|---|---|---|---|---|---|---|---|---|---|---|---|")
for server, label, path, result, cpu, jit in rows:
    requests, seconds, p50, p99, bad, sock, statuses = parse(result)
    cpu_ms = float(cpu) / requests * 1000 if requests else float("nan")
    work_ms = (float(cpu) - float(jit)) / requests * 1000 if requests else float("nan")
    rate = requests / seconds
    detail = "" if statuses == "-" else f" ({statuses})"
    share = "100 %" if server == "bare" else f"{100 * rate / bare_rate:.0f} %"
    ratio = "1.00" if server == "bare" else f"{p99 / bare[3]:.2f}"
    print(f"| {label} `{path}` | {rate:,.0f} | {p50:.1f} | {p99:.1f} | {bad}{detail} | {sock} | {share} | {ratio} "
          f"| {cpu_ms:.2f} | {cpu_ms / bare_cpu:.2f} | {work_ms:.2f} | {work_ms / bare_work:.2f} |")
r = parse(views_result)
if r[1] == 0:  # BENCH_VIEWS=0: no more views asked
    r = (0, 1.0) + r[2:]
print()
print(f"Then {r[0]:,} more page views (the five pages in turn, at least {views} asked; "
      "p50 and p99 are the worst of its 10 s rounds): "
      f"{r[4]} non-2xx{'' if r[6] == '-' else ' (' + r[6] + ')'}, {r[5]} socket errors, "
      f"{r[0] / r[1]:,.0f} req/s, p99 {r[3]:.1f} ms, "
      f"{float(views_cpu) / r[0] * 1000 if r[0] else float('nan'):.2f} CPU ms per request.\n")
print("| resident memory (VmRSS) | MB |")
print("|---|---|")
for (server, when), mb in mem.items():
    print(f"| {server}, {when} | {mb} |")
PY
