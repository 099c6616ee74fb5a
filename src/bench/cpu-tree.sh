#!/usr/bin/env bash
# Runs a command and prints the CPU seconds (user + system) that it and every process under it
# used, by process name. /usr/bin/time misses Chromium's renderers (its zygote reaps them), so this
# samples /proc every second and keeps each process's last reading; a process that lives less than
# a second is missed, which undercounts a little and the same way in every run.
#   usage: src/bench/cpu-tree.sh ./mvnw -o -B verify ...
set -uo pipefail
"$@" &
root=$!
log=$(mktemp)
tick=$(getconf CLK_TCK)
descendants() {
  local pids=("$1") i=0
  while [ $i -lt ${#pids[@]} ]; do
    for child in $(cat /proc/"${pids[$i]}"/task/*/children 2>/dev/null); do pids+=("$child"); done
    i=$((i + 1))
  done
  printf '%s\n' "${pids[@]}"
}
while kill -0 "$root" 2>/dev/null; do
  for pid in $(descendants "$root"); do
    # pid, name, utime + stime (fields 14 and 15; the name may hold spaces, so cut after ')')
    stat=$(cat /proc/"$pid"/stat 2>/dev/null) || continue
    rest=${stat##*) }
    set -- $rest
    name=$(cat /proc/"$pid"/comm 2>/dev/null)
    echo "$pid ${name// /_} $((${12} + ${13}))" >>"$log"
  done
  sleep 1
done
wait "$root"
rc=$?
awk -v tick="$tick" '{ last[$1] = $3; name[$1] = $2 }
  END { for (p in last) { byname[name[p]] += last[p]; total += last[p] }
        for (n in byname) printf "%-20s %8.1f s\n", n, byname[n] / tick
        printf "%-20s %8.1f s\n", "TOTAL", total / tick }' "$log" | sort -k2 -n -r
rm -f "$log"
exit $rc
