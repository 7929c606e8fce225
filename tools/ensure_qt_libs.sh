#!/bin/sh
# Qt's xcb platform plugin needs these Debian libraries for a real window. Install them
# when we are root, otherwise print the exact command. Headless runs (offscreen) skip this.
set -eu
[ "${QT_QPA_PLATFORM:-}" = "offscreen" ] && exit 0
command -v dpkg-query >/dev/null 2>&1 || exit 0
PKGS="libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxkbcommon-x11-0 libegl1 libgl1 libfontconfig1 libdbus-1-3"
MISSING=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || MISSING="$MISSING $p"
done
[ -z "$MISSING" ] && exit 0
if [ "$(id -u)" = "0" ]; then
  echo "Installing Qt window libraries:$MISSING"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $MISSING >/dev/null
else
  echo "Qt needs these system libraries for a window. Run:"
  echo "  sudo apt-get install -y$MISSING"
  exit 1
fi
