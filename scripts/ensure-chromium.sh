#!/usr/bin/env bash
# The e2e tests drive Debian's Chromium (Electron's own binary cannot be downloaded on every machine).
# Installs it when missing and we are allowed to; otherwise says exactly what to do.
set -euo pipefail
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium" ]; then
  exit 0
fi
if [ -n "${CHROMIUM_PATH:-}" ]; then
  echo "CHROMIUM_PATH is set to $CHROMIUM_PATH, but nothing executable is there." >&2
  exit 1
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "Chromium is needed for the e2e tests: run 'apt-get install -y chromium' as root, or set CHROMIUM_PATH." >&2
      exit 1
    fi
  fi
  echo "Installing Debian's chromium for the e2e tests (once)…"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "Chromium is needed for the e2e tests: install it with your package manager, or set CHROMIUM_PATH to its executable." >&2
exit 1
