#!/usr/bin/env bash
# Installs the built packages on this machine (root) and tries the installed
# files the way the README's "Install on a server" tells an administrator to:
# the server from /usr/bin with the packaged configuration, as its own system
# user, answering /healthz, backed up, drilled and stopped by SIGTERM; the
# desktop starting offscreen and quitting. Called by scripts/package.sh --smoke.
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "package-smoke: needs root" >&2; exit 1; }
export DEBIAN_FRONTEND=noninteractive
fail() { echo "package-smoke: FAILED: $*" >&2; exit 1; }

apt-get install -y -q --no-install-recommends "$@" >/tmp/carebridge-smoke-install.log 2>&1 ||
  { tail -20 /tmp/carebridge-smoke-install.log; fail "apt-get install"; }
getent passwd carebridge >/dev/null || fail "no carebridge system user"
[ "$(stat -c '%U %a' /var/lib/carebridge)" = "carebridge 700" ] || fail "/var/lib/carebridge is not carebridge's, 0700"
[ -f /etc/carebridge/carebridge-server.conf ] || fail "no packaged configuration"
systemd-analyze verify /lib/systemd/system/carebridge-server.service /lib/systemd/system/carebridge-backup.service \
  /lib/systemd/system/carebridge-backup.timer || fail "systemd-analyze verify"
carebridge-server --version | grep -q "carebridge-server 0\." || fail "carebridge-server --version"
QT_QPA_PLATFORM=offscreen carebridge --version 2>/dev/null | grep -qi "^carebridge 0\." || fail "carebridge --version"

# A fresh installation, as the README says: init, the first admin.
conf=/etc/carebridge/carebridge-server.conf
if [ ! -f /var/lib/carebridge/server.db ]; then
  carebridge-server init
  printf 'correct horse battery staple clinic\n' | carebridge-server user add smoke.admin --role admin --display-name "Smoke Admin" >/dev/null
fi
[ "$(stat -c '%U %a' /etc/carebridge/master.key)" = "root 600" ] || fail "master key is not root's, 0600"
[ "$(stat -c '%U' /var/lib/carebridge/server.db)" = "carebridge" ] || fail "the store is not carebridge's"

# The service as systemd runs it: its user, its credential, its log folder.
creds=$(mktemp -d) && chown carebridge: "$creds" && install -o carebridge -m 0400 /etc/carebridge/master.key "$creds/master-key"
install -d -o carebridge -m 0700 /var/log/carebridge
log=$(mktemp)
# Whatever happens below, the server started here does not outlive the script.
trap 'pkill -u carebridge -f /usr/bin/carebridge-server 2>/dev/null || true' EXIT
setpriv --reuid=carebridge --regid=carebridge --init-groups env CREDENTIALS_DIRECTORY="$creds" LOGS_DIRECTORY=/var/log/carebridge \
  /usr/bin/carebridge-server --config "$conf" run >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do grep -q "listening on" "$log" && break; sleep 0.1; done
grep -q "listening on http://127.0.0.1:8443" "$log" || { cat "$log"; fail "the server did not start"; }
curl -fsS http://127.0.0.1:8443/healthz >/dev/null || fail "/healthz"
[ "$(ps -o user= -p $pid)" = "carebridge" ] || fail "the server does not run as carebridge"
kill -HUP $pid && sleep 0.5 && curl -fsS http://127.0.0.1:8443/healthz >/dev/null || fail "/healthz after SIGHUP"

# Backup while it serves, then verify and drill it, all as root through sudo's path.
carebridge-server backup | grep -q verified || fail "backup"
newest=$(ls -d /var/backups/carebridge/carebridge-* | tail -1)
[ "$(stat -c '%U' "$newest/server.db")" = "carebridge" ] || fail "the backup is not carebridge's"
carebridge-server backup verify "$newest" | grep -q "is whole" || fail "backup verify"
carebridge-server restore --drill | grep -q passed || fail "restore --drill"

kill -TERM $pid
wait $pid || fail "the server did not exit cleanly on SIGTERM"
rm -rf "$creds" "$log"

# The desktop starts offscreen (no keychain here: it says so and waits) and quits on SIGTERM.
QT_QPA_PLATFORM=offscreen HOME=$(mktemp -d) carebridge --server https://127.0.0.1:8443 >/dev/null 2>&1 &
desktop=$!
sleep 3
kill -0 $desktop 2>/dev/null || fail "the desktop did not start"
kill -TERM $desktop
wait $desktop || fail "the desktop did not quit cleanly"
echo "package-smoke: installed packages work (server as carebridge: /healthz, reload, backup, verify, drill, SIGTERM; desktop start and quit)"
