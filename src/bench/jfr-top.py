#!/usr/bin/env python3
"""Where a JFR recording's CPU samples go: the top frames by self time and by total time (a frame
counted once per sample however often it recurs), over the request threads' stacks only.
   usage: src/bench/jfr-top.py recording.jfr[,another.jfr...] [filter-regex] [rows]
   JFR_WINDOW=09:20:30-09:21:21 keeps only the samples taken in that window (wall-clock times as
   `jfr print` shows them): a recording started with the server covers sign-ins and warm-up too.
The optional filter keeps samples whose stack has a frame matching it (e.g. 'org\\.pawprints')."""
import collections, os, re, subprocess, sys

path = sys.argv[1]
keep = re.compile(sys.argv[2]) if len(sys.argv) > 2 and sys.argv[2] else None
rows = int(sys.argv[3]) if len(sys.argv) > 3 else 40
out = "".join(
    subprocess.run(["jfr", "print", "--stack-depth", "200", "--events", "jdk.ExecutionSample", p],
                   capture_output=True, text=True, check=True).stdout for p in path.split(","))
# Where a sample is, by the first of these layers its stack passes through (a database read made
# from a page's getter counts as database, not as rendering)
LAYERS = [("database", r"org\.eclipse\.persistence|org\.h2|com\.sun\.gjc"),
          ("security (Jakarta Security, JASPIC, JACC)", r"soteria|jaspic|com\.sun\.web\.security|jacc"),
          ("Faces state saving", r"saveView|StateManag|writeState"),
          ("Faces view build", r"buildView"),
          ("Faces rendering", r"encodeAll|renderView|encodeBegin|encodeChildren"),
          ("Faces view restore / actions", r"RestoreViewPhase|InvokeApplicationPhase"),
          ("Pawprints' filters", r"org\.pawprints\.[\w.]*Filter")]
layers = collections.Counter()
self_, total, n = collections.Counter(), collections.Counter(), 0
window = os.environ["JFR_WINDOW"].split("-") if os.environ.get("JFR_WINDOW") else None
for event in out.split("jdk.ExecutionSample")[1:]:
    if window:
        at = re.search(r"startTime = (\S+)", event)
        if not at or not (window[0] <= at.group(1) <= window[1] + "~"):
            continue
    frames = [re.sub(r"\s+line:.*", "", f.strip()) for f in
              re.findall(r"^\s+([\w$.<>/]+\(.*?\).*)$", event, re.M)]
    frames = [f.split("(")[0] for f in frames]
    if not frames or (keep and not any(keep.search(f) for f in frames)):
        continue
    n += 1
    stack = "\n".join(frames)
    layers[next((name for name, rx in LAYERS if re.search(rx, stack)), "other (HTTP, servlet, CDI)")] += 1
    self_[frames[0]] += 1
    for f in set(frames):
        total[f] += 1
print(f"{n} samples")
print("-- layers --")
for f, c in layers.most_common():
    print(f"{100 * c / n:5.1f} % {f}")
print("-- self --")
for f, c in self_.most_common(rows):
    print(f"{100 * c / n:5.1f} % {f}")
print("-- total --")
for f, c in total.most_common(rows * 3):
    print(f"{100 * c / n:5.1f} % {f}")
