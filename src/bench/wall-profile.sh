#!/usr/bin/env bash
# Where a test thread's wall time goes: runs a command (a Maven run of browser or in-container
# tests) and, every few seconds, takes a thread dump (jstack) of each test JVM it starts; then
# counts, over all dumps, what each test thread was waiting in: the Playwright call (a click, a
# navigation, an assertion's wait, an evaluate), an HTTP request, a database query, a sleep, and
# the test class. A count is a share of wall time, not of CPU: a test waiting for Chromium or the
# server counts as much as one computing. jstack starts a JVM of its own, so it samples every 3 s.
#   usage: src/bench/wall-profile.sh ./mvnw -o -B verify -Dit.test='*BrowserIT' ...
set -uo pipefail
dumps=$(mktemp -d)
"$@" &
root=$!
while kill -0 "$root" 2>/dev/null; do
  for pid in $(pgrep -f surefirebooter); do
    if grep -q "$PWD" /proc/"$pid"/cmdline 2>/dev/null && ! grep -q "/bin/sh" /proc/"$pid"/cmdline; then
      jstack "$pid" >"$dumps/$(date +%s%N)-$pid.txt" 2>/dev/null
    fi
  done
  sleep 3
done
wait "$root"
rc=$?
python3 - "$dumps" <<'PY'
import collections, os, re, sys
d = sys.argv[1]
calls, classes, n = collections.Counter(), collections.Counter(), 0
waits = r"(com\.microsoft\.playwright|com\.deque|java\.net|jdk\.internal\.net|org\.h2|com\.icegreen|java\.lang\.Thread)[\w.$]*\.(\w+)\("
for name in os.listdir(d):
    for block in open(os.path.join(d, name), errors="replace").read().split("\n\n"):
        frames = [l.strip()[3:] for l in block.splitlines() if l.strip().startswith("at ")]
        tests = [f for f in frames if re.match(r"org\.pawprints\.[\w.$]+IT[.$]", f)]
        if not tests:
            continue
        n += 1
        classes[re.match(r"org\.pawprints\.[\w.]*?(\w+IT)[.$]", tests[-1]).group(1)] += 1
        call = "in the test's own code"
        for f in frames:
            if f.startswith("org.pawprints"):
                break
            m = re.match(waits, f)
            if m:
                call = re.match(r"([\w.$]+)\.\w+\(", f).group(1).split(".")[-1] + "." + m.group(2)
        calls[call] += 1
print(f"{n} samples of test threads")
for title, counter in (("waiting in", calls), ("by class", classes)):
    print(f"-- {title} (share of samples)")
    for key, count in counter.most_common(25):
        print(f"{100 * count / max(n, 1):5.1f} %  {key}")
PY
rm -rf "$dumps"
exit $rc
