#!/usr/bin/env bash
# Installs the Debian packages CarePulse needs to build, test and run, and only those that are missing.
# A no-op when everything is present. Works as root or through sudo; otherwise lists what to install.
set -euo pipefail

packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev libqt6opengl6-dev
  qt6-translations-l10n libgl1-mesa-dev
  libsqlite3-dev sqlite3 libsimdjson-dev
  default-libmysqlclient-dev mariadb-server mariadb-client openssl
  clang libclang-rt-14-dev libgtest-dev libbenchmark-dev
  xvfb xauth imagemagick python3 fonts-lohit-deva
)
if [[ "${CAREPULSE_NO_GUI:-}" == 1 ]]; then
  packages=(build-essential cmake pkg-config qt6-base-dev libsqlite3-dev sqlite3 libsimdjson-dev
            default-libmysqlclient-dev mariadb-server mariadb-client)
fi

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done
if ((${#missing[@]} == 0)); then
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
  run=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  run=(sudo)
else
  echo "install-deps: these Debian packages are missing and I cannot install them (not root, no sudo):" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
# The package lists may be stale or absent on a fresh machine: refresh once, then install.
"${run[@]}" apt-get update -qq
"${run[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-deps: done"
