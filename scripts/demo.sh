#!/usr/bin/env bash
# Sets up, builds and runs the Carebridge demo: the WhatsApp sandbox, a fresh
# clinic server (HTTPS with a throwaway certificate) with two demo staff users,
# and the desktop, all on this computer. Nothing to configure; everything is
# removed on exit. This terminal shows the demo password and the live sign-in
# codes (what an authenticator app on a phone would show).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh
# A test build: the server may fetch the sandbox's media over http on loopback.
cmake -S . -B build -G Ninja -DCB_TEST_BUILD=ON
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

secret() { head -c 24 /dev/urandom | base64 | tr -d '/+='; }
sandbox_token="$(secret)"; app_secret="$(secret)"; verify_token="$(secret)"; control_token="$(secret)"
# Scripted patients in English and Spanish start writing once the server is up.
CB_SANDBOX_ACCESS_TOKEN="$sandbox_token" CB_SANDBOX_APP_SECRET="$app_secret" CB_SANDBOX_CONTROL_TOKEN="$control_token" \
  build/app/carebridge-sandbox --port 0 \
  --webhook-ca-file "$demo/tls.crt" --demo 4000 > "$demo/sandbox.out" 2>"$demo/sandbox.log" &
pids+=($!)
printf 'access_token = %s\napp_secret = %s\nverify_token = %s\n' "$sandbox_token" "$app_secret" "$verify_token" \
  > "$demo/whatsapp.credentials"
chmod 600 "$demo/whatsapp.credentials"

cat > "$demo/carebridge-server.conf" <<CONF
[server]
address = 127.0.0.1
port = 0
data_dir = data
[tls]
certificate = tls.crt
private_key = tls.key
[clinic]
name = Sunrise Family Clinic
[security]
password_hashing = interactive
CONF
# CAREBRIDGE_DEMO_LOCK_SECONDS=40 shows the automatic lock within a minute.
if [ -n "${CAREBRIDGE_DEMO_LOCK_SECONDS:-}" ]; then
  printf '[sessions]\nlock_after_idle_seconds = %s\nend_after_idle_seconds = %s\n' \
    "$CAREBRIDGE_DEMO_LOCK_SECONDS" "$((CAREBRIDGE_DEMO_LOCK_SECONDS * 4))" >> "$demo/carebridge-server.conf"
fi
# The patient portal on its own https listener (the demo's certificate).
portal_port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
printf '[portal]\npublic_url = https://127.0.0.1:%s\nport = %s\n' "$portal_port" "$portal_port" >> "$demo/carebridge-server.conf"
sandbox_url_early="$(for _ in $(seq 100); do grep -o 'http://[0-9.:]*' "$demo/sandbox.out" 2>/dev/null && break; sleep 0.1; done | head -1)"
printf '[whatsapp]\nphone_number_id = 106540352242922\ngraph_url = %s\ncredentials_file = whatsapp.credentials\n[outreach]\nquiet_hours = 21-8\n' \
  "$sandbox_url_early" >> "$demo/carebridge-server.conf"
server() { build/app/carebridge-server --config "$demo/carebridge-server.conf" "$@"; }
server init
password='blue heron walks the quiet harbor'
# `user add` prints each person's one-time enrolment code; the demo keeps it to enrol them.
enrolment_code() { grep -o 'Enrolment code: [A-Z0-9-]*' | cut -d' ' -f3; }
nurse_code="$(printf '%s\n' "$password" | server user add demo.nurse --display-name 'Dana Reyes' --role nurse | enrolment_code)"
admin_code="$(printf '%s\n' "$password" | server user add demo.admin --display-name 'Alex Morgan' --role admin | enrolment_code)"
# Started directly, not through the function: $! must be the server itself so
# that cleanup stops it (a function in the background is a subshell).
build/app/carebridge-server --config "$demo/carebridge-server.conf" run > "$demo/server.out" 2>/dev/null & # log: $demo/data/logs
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
# The sandbox learns where to deliver once both ports are known.
curl -s -o /dev/null -H 'Content-Type: application/json' -H "X-Sandbox-Token: $control_token" \
  -d "{\"url\":\"$server_url/webhooks/whatsapp\"}" "$sandbox_url/sandbox/webhook"
echo "demo: server $server_url, WhatsApp sandbox $sandbox_url, patient portal https://127.0.0.1:$portal_port"

api() { # path json [token] → response body
  curl -s --cacert "$demo/tls.crt" -H 'Content-Type: application/json' ${3:+-H "Authorization: Bearer $3"} \
    -d "$2" "$server_url$1"
}
field() { grep -o "\"$1\":\"[^\"]*\"" | head -1 | cut -d'"' -f4; }
# Enrols a demo user's authenticator through the real API, as the desktop would:
# password, then the admin's enrolment code, then the first code from the app.
enrol() {
  local reply challenge key token
  reply="$(api /api/v1/login/password "{\"username\":\"$1\",\"password\":\"$password\",\"device_id\":\"demo-setup\"}")"
  challenge="$(printf '%s' "$reply" | field challenge)"
  reply="$(api /api/v1/login/code "{\"challenge\":\"$challenge\",\"enrolment_code\":\"$2\"}")"
  key="$(printf '%s' "$reply" | field key)"
  token="$(api /api/v1/login/enrol "{\"challenge\":\"$challenge\",\"code\":\"$(oathtool --totp -b "$key")\"}" | field token)"
  api /api/v1/me/logout '{}' "$token" >/dev/null
  printf '%s' "$key"
}
nurse_key="$(enrol demo.nurse "$nurse_code")"
admin_key="$(enrol demo.admin "$admin_code")"

cat <<INFO

  Sign in as demo.nurse (a nurse) or demo.admin (an administrator).
  Password: $password
  Sign-in codes (what their authenticator apps show) appear below every 30 seconds.
  Patients (sandbox) write in English and Spanish over the first half minute. To type as a
  patient yourself:
    curl -H 'Content-Type: application/json' -H 'X-Sandbox-Token: $control_token' \\
         -d '{"text":"hello"}' $sandbox_url/sandbox/patients/15550101001/messages

INFO
# The patient's phone: every secure-portal link and code the sandbox "delivers"
# is printed here, to open in a browser (Chromium on a phone-sized window if present).
(
  seen=""
  while sleep 1; do
    sent="$(curl -s -H "X-Sandbox-Token: $control_token" "$sandbox_url/sandbox/sent/all")"
    for item in $(printf '%s' "$sent" | grep -oE 'https://127\.0\.0\.1:[0-9]+/p/[A-Za-z0-9_-]+|"[0-9]{6}( is your| es tu|")' | tr -d '"' | tr ' ' '_'); do
      case " $seen " in *" $item "*) continue ;; esac
      seen="$seen $item"
      case "$item" in
        https*) echo "  patient's phone: secure portal link $item"
                if command -v chromium >/dev/null && [ -n "${DISPLAY:-}" ]; then
                  chromium --user-data-dir="$demo/chromium" --ignore-certificate-errors --window-size=400,800 "$item" >/dev/null 2>&1 &
                fi ;;
        *) echo "  patient's phone: verification code ${item:0:6}" ;;
      esac
    done
  done
) &
pids+=($!)
(
  last=""
  while sleep 1; do
    now="demo.nurse $(oathtool --totp -b "$nurse_key")   demo.admin $(oathtool --totp -b "$admin_key")"
    [ "$now" != "$last" ] && { echo "  codes: $now"; last="$now"; }
  done
) &
pids+=($!)

build/app/carebridge --server "$server_url" --ca-file "$demo/tls.crt"
