#!/usr/bin/env bash
# browser-deps.sh: what the browser tests need beyond web/node_modules:
# Debian's chromium (installed when root and missing; playwright-core drives
# it, and never downloads a browser of its own).
set -euo pipefail
chromium=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		echo "browser-deps: installing chromium" >&2
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >&2
		apt-get install -y -qq --no-install-recommends chromium >&2
	else
		echo "browser-deps: $chromium is missing and cannot be installed (not root, or no apt-get): apt-get install chromium" >&2
		exit 1
	fi
fi
"$chromium" --version 2>/dev/null >&2 || true
