#!/usr/bin/env bash
# Builds the Debian packages and judges them with the ecosystem's own tools:
#   bash scripts/package.sh            build into dist/, then lintian, appstreamcli,
#                                      desktop-file-validate, systemd-analyze
#   bash scripts/package.sh --smoke    also install them here (root) and smoke-test
#                                      the installed files (scripts/package-smoke.sh)
# Needs root (or sudo) for the build dependencies and for --smoke.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
smoke=false
[ "${1:-}" = "--smoke" ] && smoke=true
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"

bash scripts/setup.sh >/dev/null
start=$(date +%s)
# dpkg-buildpackage writes the .debs next to the source tree: build from a copy
# in dist/ so the working tree stays clean.
rm -rf dist && mkdir -p dist/src
git ls-files -z | xargs -0 cp --parents -t dist/src
(cd dist/src && DEB_BUILD_OPTIONS="parallel=2 nocheck" dpkg-buildpackage -us -uc -b >../build.log 2>&1) || {
  tail -40 dist/build.log; echo "package: dpkg-buildpackage failed (dist/build.log)" >&2; exit 1; }
echo "package: built in $(( $(date +%s) - start )) s: $(cd dist && ls *.deb | tr '\n' ' ')"

# lintian: no errors, no warnings (each override in debian/*.lintian-overrides says why).
lintian --fail-on error,warning --tag-display-limit 0 dist/*.changes | tee dist/lintian.txt
echo "package: lintian: $(grep -c '^E:' dist/lintian.txt || true) errors, $(grep -c '^W:' dist/lintian.txt || true) warnings"

appstreamcli validate --no-net packaging/desktop/org.carebridge.Carebridge.metainfo.xml
desktop-file-validate packaging/desktop/org.carebridge.Carebridge.desktop
for unit in carebridge-server carebridge-backup; do
  score=$(systemd-analyze security --offline=yes "packaging/systemd/$unit.service" 2>/dev/null | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
  echo "package: systemd-analyze security $unit.service: $score"
  awk -v s="$score" 'BEGIN { exit !(s != "" && s <= 2.0) }' || { echo "package: $unit exposure $score is above 2.0" >&2; exit 1; }
done

if $smoke; then
  bash scripts/package-smoke.sh "$root"/dist/carebridge_*.deb "$root"/dist/carebridge-server_*.deb
fi
