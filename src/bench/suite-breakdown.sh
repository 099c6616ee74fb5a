#!/usr/bin/env bash
# Where the test command's time went, from the reports of the last run (./test or ./mvnw verify):
# seconds spent in unit tests (surefire), in-container tests (failsafe, *IT) and browser tests
# (failsafe, *BrowserIT), with the slowest classes of each, the page loads of each browser class
# (target/browser/page-loads.csv, written by testing.browser.PageLoads), and the coverage of the run.
#   usage: src/bench/suite-breakdown.sh        (from the project's root, after the tests ran)
# With --class-seconds it prints instead each browser class's seconds, in the form of
# src/test/resources/browser-class-seconds.txt (testing.browser.LongestAtTheEnds reads it); take
# them from a quiet run of the whole command.
set -euo pipefail
cd "$(dirname "$0")/../.."
python3 - "$@" <<'PY'
import csv, glob, os, sys, xml.etree.ElementTree as ET

groups = {"unit": [], "in-container": [], "browser": []}
for path in glob.glob("target/surefire-reports/TEST-*.xml") + glob.glob("target/failsafe-reports/TEST-*.xml"):
    suite = ET.parse(path).getroot()
    name = suite.get("name")
    kind = "unit" if "surefire" in path else ("browser" if name.endswith("BrowserIT") else "in-container")
    groups[kind].append((float(suite.get("time", 0)), name.rsplit(".", 1)[-1], int(suite.get("tests", 0))))
if sys.argv[1:] == ["--class-seconds"]:
    print("# Seconds of each browser test class in one run of the whole test command, for")
    print("# testing.browser.LongestAtTheEnds (which puts the longest classes at both ends of the run).")
    print("# Regenerate from a quiet run: src/bench/suite-breakdown.sh --class-seconds")
    for t, name, _ in sorted(groups["browser"], key=lambda g: (-g[0], g[1])):
        print(f"{name} {t:.1f}")
    sys.exit(0)
for kind, suites in groups.items():
    total = sum(t for t, _, _ in suites)
    tests = sum(n for _, _, n in suites)
    slowest = ", ".join(f"{n} {t:.0f} s" for t, n, _ in sorted(suites, reverse=True)[:3])
    print(f"{kind:13} {total:7.1f} s  {len(suites):3} classes {tests:4} tests  slowest: {slowest}")
loads = "target/browser/page-loads.csv"
if os.path.exists(loads):
    per_class = {}
    for row in csv.DictReader(open(loads)):
        counts = per_class.setdefault(row["class"], {"browser": 0, "http": 0})
        counts[row["kind"]] = counts.get(row["kind"], 0) + 1
    times = {n: t for t, n, _ in groups["browser"]}
    print(f"page loads    {sum(c['browser'] for c in per_class.values())} in the browser,"
          f" {sum(c['http'] for c in per_class.values())} over plain HTTP; per class (browser, http, s):")
    for name, c in sorted(per_class.items(), key=lambda kv: -kv[1]["browser"]):
        print(f"  {name:34} {c['browser']:5} {c['http']:5} {times.get(name, 0):7.1f}")
report = "target/site/jacoco/jacoco.csv"
if os.path.exists(report):
    missed = covered = bmissed = bcovered = 0
    for row in csv.DictReader(open(report)):
        missed += int(row["LINE_MISSED"]); covered += int(row["LINE_COVERED"])
        bmissed += int(row["BRANCH_MISSED"]); bcovered += int(row["BRANCH_COVERED"])
    print(f"coverage      lines {100 * covered / (covered + missed):.1f} % ({covered}/{covered + missed}),"
          f" branches {100 * bcovered / (bcovered + bmissed):.1f} % ({bcovered}/{bcovered + bmissed})")
PY
