#!/usr/bin/env bash
# test-deps.sh: install what the tests use beyond Go, so that no check is
# skipped on a fresh machine: Debian's python3-networkx (reads the GraphML
# and GEXF exports) and libxml2-utils (xmllint), and the npm package
# cytoscape (loads the Cytoscape.js export), pinned in
# graph/export/testdata/js/package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { echo "test-deps: $*" >&2; }

missing=()
/usr/bin/python3 -c "import networkx" 2>/dev/null || python3 -c "import networkx" 2>/dev/null || missing+=(python3-networkx)
command -v xmllint >/dev/null || missing+=(libxml2-utils)
if [ ${#missing[@]} -gt 0 ]; then
	if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
		log "installing ${missing[*]}"
		export DEBIAN_FRONTEND=noninteractive
		apt-get update -qq >&2
		apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
	else
		log "missing ${missing[*]} and cannot install them (not root, or no apt-get)"
		exit 1
	fi
fi

if [ ! -d graph/export/testdata/js/node_modules/cytoscape ]; then
	command -v npm >/dev/null || { log "npm is needed to install cytoscape for the export tests"; exit 1; }
	log "npm ci in graph/export/testdata/js"
	npm ci --prefix graph/export/testdata/js --no-audit --no-fund >&2
fi
