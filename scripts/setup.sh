#!/usr/bin/env bash
# Installs every Debian package Carebridge needs to build, run and test.
# Idempotent: safe to run again. Needs root (or sudo) on Debian 12 (bookworm).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# SQLCipher 4.6 only exists in bookworm-backports (bookworm's own 3.4.1 lacks FTS5
# and uses a SHA-1 KDF), so the backports suite must be enabled.
backports=/etc/apt/sources.list.d/bookworm-backports.sources
if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
  $SUDO tee "$backports" >/dev/null <<'SRC'
Types: deb
URIs: http://deb.debian.org/debian
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

build_packages=(
  build-essential cmake ninja-build pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-qpa-plugins libgl-dev
  libboost1.81-dev rapidjson-dev libssl-dev ccache
  qtkeychain-qt6-dev libsodium-dev libspdlog-dev libfmt-dev libqrencode-dev libzxcvbn-dev liboath-dev libsystemd-dev
  libphonenumber8 libprotobuf-dev libabsl-dev libpq-dev
  # The Debian packages (scripts/package.sh) and their judges.
  debhelper dpkg-dev lintian appstream desktop-file-utils systemd
)
# Real parts for the tests: the sqlcipher shell (interop), oathtool (TOTP interop),
# gnome-keyring on a private D-Bus session, Xvfb for screenshots, openssl for test certs,
# zbarimg to read the enrolment QR code as a phone would; Debian's Chromium for the
# patient-portal browser tests (tests/e2e drives /usr/bin/chromium, never a downloaded one);
# Debian's PostgreSQL 15, which the PostgreSQL store's tests start in a temporary folder.
test_packages=(
  oathtool gnome-keyring dbus dbus-x11 libsecret-tools xvfb xauth openssl procps curl zbar-tools
  fonts-dejavu-core chromium qt6-translations-l10n postgresql-15
)
# Node.js may come from a non-Debian package (nodesource's nodejs bundles npm), so look
# for the commands, not for Debian's packages: installing Debian's npm beside it would clash.
command -v node >/dev/null 2>&1 || test_packages+=(nodejs)
command -v npm >/dev/null 2>&1 || test_packages+=(npm)
backports_packages=(libsqlcipher-dev sqlcipher libsqlcipher1)

missing=()
for p in "${build_packages[@]}" "${test_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
sqlcipher_ok=false
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^4\.'; then
  sqlcipher_ok=true
fi

if [ ${#missing[@]} -gt 0 ] || [ "$sqlcipher_ok" = false ]; then
  $SUDO apt-get update -q
  if [ ${#missing[@]} -gt 0 ]; then
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
  fi
  if [ "$sqlcipher_ok" = false ]; then
    $SUDO apt-get install -y -q --no-install-recommends \
      $(printf '%s/bookworm-backports ' "${backports_packages[@]}")
  fi
fi
# libphonenumber's headers. Bookworm's libphonenumber-dev depends on Boost 1.74's
# -dev packages, which conflict with the libboost1.81-dev the server's edge needs
# (and Beast 1.74 refuses requests our tests send). The headers need neither, so
# the -dev package's own files are unpacked into /usr/local (its headers include
# Abseil's and protobuf's: libabsl-dev, libprotobuf-dev); the library itself
# is Debian's libphonenumber8 (installed above, and a dependency of our packages).
if [ ! -f /usr/local/include/phonenumbers/phonenumberutil.h ]; then
  pn_tmp=$(mktemp -d)
  chmod 0777 "$pn_tmp" # apt-get download writes as its own _apt user
  # Stale package lists (everything else already installed): refresh once and retry.
  (cd "$pn_tmp" && { apt-get download -q libphonenumber-dev >/dev/null 2>&1 ||
                     { $SUDO apt-get update -q >/dev/null && apt-get download -q libphonenumber-dev >/dev/null; }; } &&
   dpkg-deb -x libphonenumber-dev_*.deb root)
  $SUDO mkdir -p /usr/local/include
  $SUDO cp -r "$pn_tmp/root/usr/include/phonenumbers" /usr/local/include/
  rm -rf "$pn_tmp"
fi
echo "setup: all packages present (SQLCipher $(dpkg-query -W -f='${Version}' libsqlcipher-dev))"
# playwright-core (tests/e2e) refuses to start on Node < 20, and bookworm's own nodejs is 18.
node_major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$node_major" -lt 20 ]; then
  echo "setup: warning: Node.js $(node --version) is too old for tests/e2e (needs 20 or newer)" >&2
fi
