#!/bin/sh
# Scores the extractor three ways (make eval):
#   1. the sample articles against ../shared/eval/gold;
#   2. CoNLL04 dev (../shared/eval/conll04/run.sh dev);
#   3. the project's own sets in testdata/ (development sets: tuned on).
# Usage: scripts/eval.sh SERVER_BINARY SHARED_DIR
set -eu
BIN=$1
SHARED=$2
mkdir -p out
if [ ! -f "$SHARED/eval/score.py" ]; then
	echo "no $SHARED/eval: nothing to score against"
	exit 0
fi
echo "== 1. sample articles ($SHARED/articles)"
"$BIN" extract data/articles > out/facts.csv
python3 "$SHARED/eval/score.py" out/facts.csv "$SHARED/eval/gold"
echo
echo "== 2. CoNLL04 dev"
"$SHARED/eval/conll04/run.sh" dev | sed -n '1,24p'
echo
echo "== 3. own sets (testdata/*/gold; development sets)"
printf '%-10s %s\n' set "fact P / R / F1"
for d in testdata/*/; do
	name=$(basename "$d")
	[ -d "$d/gold" ] || continue
	"$BIN" extract "$d/articles" > "out/facts-$name.csv"
	python3 "$SHARED/eval/score.py" "out/facts-$name.csv" "$d/gold" | tail -2 |
		awk -v n="$name" '/precision/ {p=$3; r=$5} /F1/ {printf "%-10s %s / %s / %s\n", n, p, r, $3}'
done
