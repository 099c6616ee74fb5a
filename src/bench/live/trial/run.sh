#!/usr/bin/env bash
# The whole new-user trial in one go (docs/live.md): builds the WAR, boots a fresh Pawprints with
# its own data directory and an SMTP sink (smtp-sink.py), then runs trial.sh setup and session.
# Screenshots and trial.properties land in OUT_DIR (default target/trial). Run it through /work/slot.
set -euo pipefail
cd "$(dirname "$0")/../../../.."
out=$(realpath -m "${1:-target/trial}")
rm -rf "$out"; mkdir -p "$out/mail" "$out/data"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
[ "${TRIAL_SKIP_BUILD:-0}" = 1 ] && [ -f target/pawprints.war ] && [ -f target/payara-micro.jar ] \
  || ./mvnw -B -q -o -DskipTests -Dspotbugs.skip -Dspotless.check.skip -Djacoco.skip=true package >&2
[ -d target/test-classes ] || ./mvnw -B -q -o test-compile -Djacoco.skip=true >&2
port=$(free_port); smtp=$(free_port); base="http://127.0.0.1:$port"
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
python3 src/bench/live/trial/smtp-sink.py "$smtp" "$out/mail" & pids+=($!)
export PAWPRINTS_DATA_DIR="$out/data" PAWPRINTS_PORT="$port" PAWPRINTS_PUBLIC_URL="$base"
export PAWPRINTS_SMTP_HOST=127.0.0.1 PAWPRINTS_SMTP_PORT="$smtp" PAWPRINTS_SMTP_STARTTLS=false
java @server-config/jvm.args -Dpawprints.bind.address=127.0.0.1 -jar target/payara-micro.jar \
  --deploy target/pawprints.war:/ --port "$port" --nocluster \
  --prebootcommandfile server-config/pre-boot-commands.asadmin \
  --postbootcommandfile server-config/post-boot-commands.asadmin \
  --logproperties server-config/logging.properties >"$out/server.log" 2>&1 & pids+=($!)
until curl -fs -o /dev/null "$base/health/ready"; do
  kill -0 "${pids[1]}" 2>/dev/null || { tail -40 "$out/server.log" >&2; exit 1; }
  sleep 0.5
done
echo "Pawprints ready on $base; load: $(uptime)" >&2
src/bench/live/trial/trial.sh setup "$base" "$out/server.log" "$out/mail" "$out"
src/bench/live/trial/trial.sh session "$base" "$out"
echo "done; load: $(uptime)" >&2
