#!/usr/bin/env bash
# Installs the Debian packages Dwarsverband needs, only those that are missing.
# Usage: scripts/install-deps.sh [--bench]   (--bench adds the peers used by `dwars bench`)
set -euo pipefail
packages=(pkg-config libpoppler-glib-dev libcairo2-dev libxml2-dev libstemmer-dev libsqlite3-dev
          wdutch poppler-utils chromium fonts-dejavu-core python3 strace)
bench=0
[ "${1:-}" = "--bench" ] && bench=1
[ $bench = 1 ] && packages+=(ucto hyperfine)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ $bench = 1 ]; then
  python3 -c "import spacy, trafilatura" 2>/dev/null || python3 -m pip install -q spacy trafilatura lxml_html_clean
fi
