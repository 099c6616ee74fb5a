#!/usr/bin/env bash
# New-user trial of a live session (docs/live.md "New-user trial, session 6"). Against a running
# Pawprints (fresh data directory, SMTP pointed at a sink that writes each message to MAIL_DIR):
#   src/bench/live/trial/trial.sh setup   BASE LOG MAIL_DIR OUT_DIR   (admin, facilitator, cohort)
#   src/bench/live/trial/trial.sh session BASE OUT_DIR                (one session, end to end)
# Needs target/test-classes (./mvnw -o test-compile) for the axe helper, and Chromium.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
cp_file=target/trial-classpath.txt
[ -f "$cp_file" ] || ./mvnw -o -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >&2
classes=target/trial-classes
mkdir -p "$classes"
cp="$(cat "$cp_file"):target/test-classes"
javac -nowarn -d "$classes" -cp "$cp" src/bench/live/trial/*.java
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
what=$1; shift
if [ "$what" = setup ]; then
  java -cp "$classes:$cp" TrialSetup "$1" "$2" "$3" "$4/trial.properties"
else
  java -cp "$classes:$cp" TrialSession "$1" "$2/trial.properties" "$2/shots"
fi
