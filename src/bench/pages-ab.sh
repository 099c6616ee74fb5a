#!/usr/bin/env bash
# Before and after, side by side: boots one Pawprints server per WAR given (same JVM flags and
# server configuration as src/bench/pages.sh, each with its own H2 database, seeded cohort and
# BENCH_PEOPLE signed-in sessions), then measures the participant pages in rounds, each page on
# each server in turn (BENCH_SECONDS of wrk each), so that a change of load on a shared machine
# falls on both alike. Prints, per page and server, the median over the rounds of the server's CPU
# milliseconds per request without the JIT compiler's threads (see pages.sh), and the requests.
# Use it to weigh one change; pages.sh stays the benchmark of record beside the bare page.
#   usage: src/bench/pages-ab.sh before.war after.war [more.war ...]
#   knobs: BENCH_ROUNDS=3 BENCH_SECONDS=15 BENCH_WARMUP=40 BENCH_PEOPLE=50 BENCH_CONNECTIONS=8
#          BENCH_STEP=gentle-start-up BENCH_JAR BENCH_CONFIG
#          BENCH_PAGES="1 3": only these pages (0 landing, 1 dashboard, 2 lesson, 3 exercise, 4 quiz)
#          BENCH_JAVA_OPTS (default -Dpawprints.password.iterations=1024: fast sign-ins)
#          BENCH_PROFILE=<dir>: a JFR recording (profile settings) of each measured window, named
#          s<server>-p<page>-r<round>.jfr; src/bench/jfr-top.py takes them comma-separated
set -euo pipefail
[ $# -ge 1 ] || { sed -n '2,13p' "$0"; exit 2; }
wars=()
for w in "$@"; do wars+=("$(readlink -f "$w")"); done
cd "$(dirname "$0")/../.."
rounds=${BENCH_ROUNDS:-3}
seconds=${BENCH_SECONDS:-15}
warmup=${BENCH_WARMUP:-40}
people=${BENCH_PEOPLE:-50}
connections=${BENCH_CONNECTIONS:-8}
step=${BENCH_STEP:-gentle-start-up}
jar=$(readlink -f "${BENCH_JAR:-target/payara-micro.jar}")
config=${BENCH_CONFIG:-server-config}
java_opts=${BENCH_JAVA_OPTS:--Dpawprints.password.iterations=1024}
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk; }

work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait; rm -rf "$work"' EXIT
log() { echo "[$(date +%T)] $*" >&2; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
cookie_header() {
  awk '{sub(/^#HttpOnly_/, "")} !/^#/ && NF >= 7 {printf "%s%s=%s", (k++ ? "; " : ""), $6, $7} END {print ""}' "$1"
}
# CPU seconds of a process without its JIT compiler threads (-XX:-UseDynamicNumberOfCompilerThreads
# below keeps those threads alive, so their counts never leave the sum)
work_cpu_s() { # one awk over every thread's stat line: "pid (name) state ... utime stime ..."
  awk -v hz="$(getconf CLK_TCK)" '{
      name = substr($0, index($0, "(") + 1); name = substr(name, 1, index(name, ")") - 1)
      split(substr($0, index($0, ") ") + 2), f, " ")
      if (name !~ /^(C1 Compiler|C2 Compiler|Sweeper)/) ticks += f[12] + f[13]
    } END {printf "%.2f", ticks / hz}' /proc/"$1"/task/*/stat 2>/dev/null
}

read -r section exercise questions < <(python3 - "src/main/resources/content/modules/$step.en.json" <<'PY'
import json, sys
module = json.load(open(sys.argv[1]))
print(module["sections"][0]["id"], module["exercises"][0]["id"], len(module["quiz"]["questions"]))
PY
)
unzip -q -j -o "${wars[0]}" 'WEB-INF/lib/h2-*.jar' -d "$work"
h2=$(ls "$work"/h2-*.jar)

ports=()
for i in "${!wars[@]}"; do
  port=$(free_port)
  data="$work/data-$i"
  mkdir -p "$data"
  # shellcheck disable=SC2086 # java_opts is a list of options
  PAWPRINTS_DATA_DIR="$data" PAWPRINTS_PORT="$port" \
    PAWPRINTS_DB_URL="jdbc:h2:file:$data/pawprints;AUTO_SERVER=TRUE" \
    java @"$config"/jvm.args -XX:-UseDynamicNumberOfCompilerThreads $java_opts \
    -Dpawprints.bind.address=127.0.0.1 -jar "$jar" --deploy "${wars[$i]}" --contextroot / \
    --port "$port" --nocluster --prebootcommandfile "$config"/pre-boot-commands.asadmin \
    --postbootcommandfile "$config"/post-boot-commands.asadmin \
    --logproperties "$config"/logging.properties >"$work/server-$i.log" 2>&1 &
  pids+=($!)
  ports+=("$port")
  log "booting ${wars[$i]} on port $port"
done
for i in "${!wars[@]}"; do
  until curl -fs -o /dev/null "http://127.0.0.1:${ports[$i]}/health/ready"; do
    kill -0 "${pids[$i]}" 2>/dev/null || { cat "$work/server-$i.log" >&2; log "server $i died"; exit 1; }
    sleep 1
  done
  base="http://127.0.0.1:${ports[$i]}"
  java -cp "$h2" src/bench/SeedCohort.java "jdbc:h2:file:$work/data-$i/pawprints;AUTO_SERVER=TRUE" \
    "$people" "$step" "$questions" >"$work/people-$i"
  : >"$work/cookies-$i"
  n=0
  while read -r email password; do
    n=$((n + 1))
    cj="$work/jar-$i-$n"
    viewstate=$(curl -s -c "$cj" -b "$cj" "$base/login.xhtml" \
      | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
    where=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' -c "$cj" -b "$cj" \
      --data-urlencode "login=login" --data-urlencode "login:return=" \
      --data-urlencode "login:email=$email" --data-urlencode "login:password=$password" \
      --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$viewstate" \
      "$base/login.xhtml")
    case "$where" in 302*/my/index.xhtml) ;; *) log "sign-in of $email failed: $where"; exit 1 ;; esac
    cookie_header "$cj" >>"$work/cookies-$i"
  done <"$work/people-$i"
  log "server $i ready, $people signed in"
done

module="/my/module.xhtml?step=$step"
labels=("landing page" "participant dashboard" "module screen (lesson)" "module exercise" "quiz question")
paths=("/" "/my/index.xhtml" "$module&at=s-$section" "$module&at=e-$exercise" "$module&at=quiz")
run_wrk() { # $1 server index, $2 seconds, $3 path
  BENCH_THREADS=2 BENCH_PATHS="$3" BENCH_COOKIES="$work/cookies-$1" \
    wrk -t2 -c"$connections" -d"$2"s --timeout 10s -s src/bench/sessions.lua \
    "http://127.0.0.1:${ports[$1]}" | grep '^RESULT'
}
pages=${BENCH_PAGES:-${!paths[*]}}
for p in $pages; do
  for i in "${!wars[@]}"; do
    log "warming page $p on server $i"
    run_wrk "$i" "$warmup" "${paths[$p]}" >/dev/null
  done
done
: >"$work/results"
for r in $(seq 1 "$rounds"); do
  for p in $pages; do
    for i in "${!wars[@]}"; do
      [ -z "${BENCH_PROFILE:-}" ] || jcmd "${pids[$i]}" JFR.start name=ab settings=profile >/dev/null
      before=$(work_cpu_s "${pids[$i]}")
      result=$(run_wrk "$i" "$seconds" "${paths[$p]}")
      after=$(work_cpu_s "${pids[$i]}")
      if [ -n "${BENCH_PROFILE:-}" ]; then
        mkdir -p "$BENCH_PROFILE"
        jcmd "${pids[$i]}" JFR.stop name=ab filename="$(readlink -f "$BENCH_PROFILE")/s$i-p$p-r$r.jfr" >/dev/null
      fi
      echo "$r|$p|$i|$result|$before|$after" | tee -a "$work/results" >&2
    done
  done
done
python3 - "$work/results" "${labels[@]}" -- "${wars[@]}" <<'PY'
import statistics, sys
args = sys.argv[2:]
labels, wars = args[:args.index("--")], args[args.index("--") + 1:]
cells = {}
for line in open(sys.argv[1]):
    r, p, i, result, before, after = line.rstrip("\n").split("|")
    _, requests, secs, p50, p99, bad, sock, statuses = result.split()
    requests = int(requests)
    ms = (float(after) - float(before)) / requests * 1000 if requests else float("nan")
    cells.setdefault((int(p), int(i)), []).append((ms, requests / float(secs), int(bad) + int(sock)))
print("CPU ms per request without the JIT (median of the rounds; req/s; failures), per WAR:\n")
print("| page | " + " | ".join(w.rsplit("/", 1)[-1] for w in wars) + " |")
print("|---|" + "---|" * len(wars))
for p, label in enumerate(labels):
    row = []
    for i in range(len(wars)):
        c = cells.get((p, i), [])
        if not c:
            row.append("-")
            continue
        row.append(f"{statistics.median(x[0] for x in c):.2f} ({statistics.median(x[1] for x in c):.0f} req/s"
                   f"{', ' + str(sum(x[2] for x in c)) + ' failed' if sum(x[2] for x in c) else ''})")
    print(f"| {label} | " + " | ".join(row) + " |")
PY
