#!/usr/bin/env bash
# Sets up, builds and runs the Carebridge demo: the WhatsApp sandbox, a fresh
# clinic server (HTTPS with a throwaway certificate) and the desktop, all on
# this computer. Nothing to configure; everything is removed on exit.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
cmake -S . -B build -G Ninja
cmake --build build -j2 --target carebridge carebridge-server carebridge-sandbox

demo="$(mktemp -d "${TMPDIR:-/tmp}/carebridge-demo.XXXXXX")"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$demo"
}
trap cleanup EXIT INT TERM

# A certificate for 127.0.0.1 that only this demo trusts.
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -days 1 \
  -subj /CN=localhost -addext subjectAltName=IP:127.0.0.1,DNS:localhost \
  -keyout "$demo/tls.key" -out "$demo/tls.crt" 2>/dev/null

sandbox_token="$(head -c 24 /dev/urandom | base64 | tr -d '/+=')"
CB_SANDBOX_ACCESS_TOKEN="$sandbox_token" build/app/carebridge-sandbox --port 0 > "$demo/sandbox.out" &
pids+=($!)

cat > "$demo/carebridge-server.conf" <<CONF
[server]
address = 127.0.0.1
port = 0
data_dir = data
[tls]
certificate = tls.crt
private_key = tls.key
CONF
build/app/carebridge-server --config "$demo/carebridge-server.conf" init
build/app/carebridge-server --config "$demo/carebridge-server.conf" run > "$demo/server.out" &
pids+=($!)

wait_for_url() { # file → the URL the process printed
  for _ in $(seq 100); do
    url="$(grep -o 'https\?://[0-9.:]*' "$1" 2>/dev/null | head -1 || true)"
    [ -n "$url" ] && { echo "$url"; return 0; }
    sleep 0.1
  done
  echo "demo: a process did not start; see $1" >&2; return 1
}
server_url="$(wait_for_url "$demo/server.out")"
sandbox_url="$(wait_for_url "$demo/sandbox.out")"
echo "demo: server $server_url, WhatsApp sandbox $sandbox_url"

build/app/carebridge --server "$server_url" --ca-file "$demo/tls.crt"
