#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go: the top frames by self time and by total time (a frame
counted once per sample however often it recurs), over the request threads' stacks only.
   usage: src/bench/jfr-top.py recording.jfr[,another.jfr...] [filter-regex] [rows]
The optional filter keeps samples whose stack has a frame matching it (e.g. 'org\\.pawprints')."""
import collections, re, subprocess, sys

path = sys.argv[1]
keep = re.compile(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
out = "".join(
    subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", p],
                   capture_output=True, text=True, check=True).stdout for p in path.split(","))
self_, total, n = collections.Counter(), collections.Counter(), 0
for event in out.split("jdk.ExecutionSample")[1:]:
    frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in
              re.findall(r"^\s+([\w$.<>/]+\(.*?\).*)$", event, re.M)]
    frames = [f.split("(")[0] for f in frames]
    if not frames or (keep and not any(keep.search(f) for f in frames)):
        continue
    n += 1
    self_[frames[0]] += 1
    for f in set(frames):
        total[f] += 1
print(f"{n} samples")
print("-- self --")
for f, c in self_.most_common(rows):
    print(f"{100 * c / n:5.1f} % {f}")
print("-- total --")
for f, c in total.most_common(rows * 3):
    print(f"{100 * c / n:5.1f} % {f}")
