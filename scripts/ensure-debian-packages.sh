#!/usr/bin/env bash
# Makes sure the Debian packages the tests need (.ci/debian-packages) are
# installed: installs the missing ones with apt-get when run as root on
# Debian/Ubuntu, otherwise prints the exact command and stops. python3-venv
# counts as present when the python3 on PATH can already make a venv.
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t wanted < <(grep -v '^\s*#' .ci/debian-packages | grep -v '^\s*$')
if ! command -v dpkg-query >/dev/null; then
  echo "nnlab's tests need these Debian/Ubuntu packages: ${wanted[*]}" >&2
  echo "This machine has no dpkg; install Chromium, the DejaVu fonts and Python 3.10+ with venv by other means." >&2
  exit 1
fi
missing=()
for pkg in "${wanted[@]}"; do
  if [ "$pkg" = python3-venv ] && python3 -c 'import venv, ensurepip' 2>/dev/null; then continue; fi
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "Installing Debian packages the tests need: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "nnlab's tests need these Debian packages, which are missing: ${missing[*]}" >&2
  echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
