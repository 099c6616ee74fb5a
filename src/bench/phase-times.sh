#!/usr/bin/env bash
# Wall time of each step of a Maven build, from a log of ./test (which prints the time of day on
# every Maven line): each plugin goal from its "--- goal ---" line to the next, the build's total,
# and the steps' share of it. Reads the log on standard input or from the file named.
#   usage: ../shared/tools/ci-like | tee ci.log; src/bench/phase-times.sh ci.log
set -euo pipefail
python3 -c '
import re, sys
from datetime import datetime, timedelta
steps, last = [], None
for line in open(sys.argv[1], errors="replace") if len(sys.argv) > 1 else sys.stdin:
    m = re.match(r"(\d\d:\d\d:\d\d) \[\w+\] (.*)", line)
    if not m:
        continue
    t = datetime.strptime(m.group(1), "%H:%M:%S")
    if last and t < last:
        t += timedelta(days=1)
    last = t
    goal = re.match(r"--- ([\w.-]+:[\w.-]+:[\w-]+) (\([\w-]+\))", m.group(2))
    if goal:
        steps.append([goal.group(1).split(":")[0] + ":" + goal.group(1).split(":")[2] + " " + goal.group(2), t, t])
    elif steps:
        steps[-1][2] = t
if not steps:
    sys.exit("no timed Maven steps found: run ./test (it asks Maven for the time of day)")
total = (steps[-1][2] - steps[0][1]).total_seconds()
for i, (name, start, end) in enumerate(steps):
    until = steps[i + 1][1] if i + 1 < len(steps) else end
    seconds = (until - start).total_seconds()
    if seconds >= 1:
        print(f"{seconds:6.0f} s  {100 * seconds / max(total, 1):4.0f} %  {name}")
print(f"{total:6.0f} s        from the first step to the last line")
' "$@"
