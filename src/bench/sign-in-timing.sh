#!/usr/bin/env bash
# Sign-in timing (issue 10, rule 5): does the time of a refused sign-in tell whether an email has
# an account, or whether it is paused? Boots Pawprints on a fresh data directory with one account,
# then times ROUNDS sign-ins (default 20) of each kind, through the real login form, each from a
# fresh cookie jar: a known email with a wrong password, an unknown email, and a known email that
# is paused (after five failures). Prints the median and p90 in ms for each kind; the three should
# be close, since every attempt checks exactly one password hash. (The in-container test
# SignInThrottleIT proves the same thing without timing: it counts the hashes.)
#   usage: src/bench/sign-in-timing.sh [ROUNDS]     (from the project's root, after ./mvnw package)
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-20}
jar=target/payara-micro.jar
war=target/pawprints.war
[ -f "$jar" ] && [ -f "$war" ] || ./mvnw -B -q -DskipTests -Dspotbugs.skip -Dspotless.check.skip package

work=$(mktemp -d)
port=18081
known=timing.owner@pawprints.test
PAWPRINTS_DATA_DIR="$work/data" PAWPRINTS_PORT=$port PAWPRINTS_ADMIN_EMAIL=$known \
  PAWPRINTS_ADMIN_PASSWORD="the timing passphrase" \
  java -jar "$jar" --deploy "$war" --contextroot / --port $port --nocluster >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 1; done

# One sign-in through the form; prints the POST's time in ms.
attempt() { # $1 email, $2 password
  local jar="$work/cookies" page state
  rm -f "$jar"
  page=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login.xhtml")
  state=$(grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' <<<"$page" | sed 's/.*value="//;s/"$//' | head -1)
  curl -s -o /dev/null -c "$jar" -b "$jar" -w '%{time_total}\n' \
    --data-urlencode "login=login" --data-urlencode "login:return=" \
    --data-urlencode "login:email=$1" --data-urlencode "login:password=$2" \
    --data-urlencode "login:submit=" --data-urlencode "jakarta.faces.ViewState=$state" \
    "http://127.0.0.1:$port/login.xhtml" | awk '{ printf "%d\n", $1 * 1000 }'
}

stats() { # reads ms, one a line; prints median and p90
  sort -n | awk '{ a[NR] = $1 } END { printf "median %d ms, p90 %d ms (n=%d)\n", a[int((NR + 1) / 2)], a[int(NR * 0.9 + 0.5)], NR }'
}

right="the timing passphrase"
attempt "$known" "$right" >/dev/null  # warms up the page and the hashing
# A correct sign-in starts the count again, so each timed wrong password is a first failure.
echo "known email, wrong password: $(for i in $(seq "$rounds"); do attempt "$known" wrong; attempt "$known" "$right" >/dev/null; done | stats)"
echo "unknown email:               $(for i in $(seq "$rounds"); do attempt "nobody-$i@pawprints.test" wrong; done | stats)"
for i in 1 2 3 4 5; do attempt "$known" "wrong $i" >/dev/null; done
echo "known email, paused:         $(for i in $(seq "$rounds"); do attempt "$known" "wrong again"; done | stats)"
for i in 1 2 3 4 5; do attempt nobody@pawprints.test "wrong $i" >/dev/null; done
echo "unknown email, paused:       $(for i in $(seq "$rounds"); do attempt nobody@pawprints.test "wrong again"; done | stats)"
