#!/usr/bin/env bash
# What a browser's first visit (empty cache) costs the server: the sign-in page and every script,
# style and image it links, fetched the way a browser does (Accept-Encoding: gzip), VISITS times,
# with the server's CPU read from /proc around them. Then the same for one script alone.
#   usage: src/bench/first-visit.sh [war] [pre-boot command file]
#          (defaults: target/pawprints.war, server-config/pre-boot-commands.asadmin;
#           VISITS=40, PORT=8090; needs curl, bc and target/payara-micro.jar from the build)
# To compare two builds, run it once per WAR, one after the other, on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
war=${1:-target/pawprints.war}
preboot=${2:-server-config/pre-boot-commands.asadmin}
visits=${VISITS:-40}
port=${PORT:-8090}
base="http://127.0.0.1:$port"
log=$(mktemp)
java @server-config/jvm.args -Dpawprints.bind.address=127.0.0.1 -jar target/payara-micro.jar \
  --deploy "$war" --contextroot / --port "$port" --nocluster --prebootcommandfile "$preboot" \
  --postbootcommandfile server-config/post-boot-commands.asadmin \
  --logproperties server-config/logging.properties >"$log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -f "$log"' EXIT
until curl -fs -o /dev/null "$base/login.xhtml"; do
  kill -0 $server 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
resources=$(curl -s "$base/login.xhtml" | grep -o '\(src\|href\)="/jakarta.faces.resource/[^"]*"' \
  | sed 's/^[a-z]*="//; s/"$//; s/&amp;/\&/g')
visit() {
  curl -s -o /dev/null "$base/login.xhtml"
  for r in $resources; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$base$r"; done
}
for _ in $(seq 10); do visit; done # warm-up
a=$(cpu); for _ in $(seq "$visits"); do visit; done; b=$(cpu)
echo "$war: a first visit (sign-in page + $(echo "$resources" | wc -l) resources): $(echo "scale=1; ($b - $a) * 10 / $visits" | bc) ms of server CPU"
script="$base$(echo "$resources" | grep components.js)"
a=$(cpu); for _ in $(seq 200); do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$script"; done; b=$(cpu)
echo "$war: components.js gzipped: $(echo "scale=1; ($b - $a) * 10 / 200" | bc) ms of server CPU per request"
