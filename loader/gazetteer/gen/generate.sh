#!/bin/sh
# Regenerates ../data.tsv.gz. Run from the gazetteer
# package directory (go generate does) or from gen/.
# Needs: node/npm (npm ci fetches the npm inputs pinned in
# package-lock.json) and the Debian packages iso-codes, wamerican and
# miscfiles (apt-get install -y iso-codes wamerican miscfiles).
set -eu
cd "$(dirname "$0")"
for f in /usr/share/iso-codes/json/iso_3166-2.json /usr/share/dict/american-english /usr/share/dict/propernames.gz; do
	if [ ! -e "$f" ]; then
		echo "missing $f: apt-get install -y iso-codes wamerican miscfiles" >&2
		exit 1
	fi
done
npm ci --no-audit --no-fund --loglevel=error
go run . -out ..
