#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with its own unlocked
# gnome-keyring, in a throwaway HOME: the real keychain the desktop uses,
# isolated from the developer's own. Used by CTest for keychain tests.
set -euo pipefail
if [ -z "${CB_KEYRING_SESSION:-}" ]; then
  export CB_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
fi
HOME="$(mktemp -d)"
export HOME XDG_DATA_HOME="$HOME/.local/share" XDG_CONFIG_HOME="$HOME/.config"
# The daemon ends with its private bus; only the throwaway HOME needs removing.
trap 'rm -rf "$HOME"' EXIT
printf 'carebridge-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
"$@"
