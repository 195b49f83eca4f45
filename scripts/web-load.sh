#!/usr/bin/env bash
# Load check of the browser explorer (docs/web.md), a script and not a CI test: fires N concurrent
# run requests (default 20) at a server and, while they are answered and the accepted jobs run,
# times the catalog page. Passes when every run request is answered 202 (accepted) or 429 (queue
# full) and every catalog request answers 200 in under a second.
#
#   scripts/web-load.sh                       starts ./senesim serve on a free port, stops it after
#   SENESIM_URL=http://127.0.0.1:8080 scripts/web-load.sh     uses a running server
#   REQUESTS=20 CATALOG=40 scripts/web-load.sh    (catalog requests 0.25 s apart: about 10 s of load)
#
# Accepted jobs are the quick 2D preset (seconds each); they are cancelled at the end.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
requests="${REQUESTS:-20}"
catalog="${CATALOG:-40}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

url="${SENESIM_URL:-}"
if [ -z "$url" ]; then
  "$here/senesim" --version >/dev/null   # builds on first use
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
  java -Xmx2g -Djava.awt.headless=true -jar "$here/senesim-cli/target/senesim.jar" serve --port "$port" \
    --workspace "$work" >"$work/server.log" 2>&1 &
  server_pid=$!
  url="http://127.0.0.1:$port"
  for _ in $(seq 100); do curl -s -o /dev/null "$url/catalog" && break; sleep 0.2; done
fi
url="${url%/}"
curl -sf "$url/api/presets/quick" >"$work/scenario.yaml"
curl -s -o /dev/null "$url/catalog"      # the first request loads the catalog; time the server, not its warm-up

echo "Firing $requests concurrent run requests at $url (load: $(cut -d' ' -f1-3 /proc/loadavg))"
for i in $(seq "$requests"); do
  curl -s -o "$work/body.$i" -w '%{http_code} %{time_total}\n' -X POST -H 'Content-Type: text/plain' \
    --data-binary @"$work/scenario.yaml" "$url/api/jobs" >"$work/run.$i" &
done
for k in $(seq "$catalog"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "$url/catalog" >>"$work/catalog"
  sleep 0.25
done
wait $(jobs -p | grep -v "^${server_pid:-none}$") 2>/dev/null || true
for i in $(seq "$requests"); do [ -s "$work/run.$i" ] || echo "000 0" >"$work/run.$i"; done

cat "$work"/run.[0-9]* >"$work/runs"
accepted=$(grep -c '^202 ' "$work/runs" || true)
full=$(grep -c '^429 ' "$work/runs" || true)
other=$(grep -vc -e '^202 ' -e '^429 ' "$work/runs" || true)
slowest_run=$(sort -k2 -g "$work/runs" | tail -1 | cut -d' ' -f2)
catalog_ok=$(grep -c '^200 ' "$work/catalog" || true)
catalog_median=$(sort -g -k2 "$work/catalog" | awk '{t[NR]=$2} END {print t[int((NR+1)/2)]}')
catalog_max=$(sort -g -k2 "$work/catalog" | tail -1 | cut -d' ' -f2)
echo "run requests: $requests sent, $accepted accepted (202), $full refused as full (429), $other other; slowest answer ${slowest_run} s"
echo "catalog page during the load: $catalog_ok of $catalog answered 200; median ${catalog_median} s, max ${catalog_max} s"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"

for f in "$work"/body.*; do
  id=$(sed -n 's/.*"id":"\([0-9a-f]\{32\}\)".*/\1/p' "$f")
  [ -n "$id" ] && curl -s -o /dev/null -X POST "$url/api/jobs/$id/cancel"
done

if [ "$other" -eq 0 ] && [ "$catalog_ok" -eq "$catalog" ] && awk -v m="$catalog_max" 'BEGIN {exit !(m < 1.0)}'; then
  echo "PASS: every run request answered (accepted or 429); the catalog answered in under a second throughout."
else
  echo "FAIL"
  exit 1
fi
