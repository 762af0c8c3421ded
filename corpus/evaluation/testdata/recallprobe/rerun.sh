#!/bin/bash
# The recall probe of the forty-fifth session (corpus/evaluation/README.md,
# "Where the development parts' events are lost"): why each gold event of
# the development parts (dev…dev8, sdtrain…sdtrain3) that no row finds is
# missed. It instruments a copy of the commit it was written for (87488af3;
# its edits are tied to that commit's lines) and classifies the misses.
#   corpus/evaluation/testdata/recallprobe/rerun.sh OUT [DATA]
# OUT: a fresh folder for the copy and the results; DATA: the shared data
# folder (default ../shared/data beside the repository).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(git -C "$here" rev-parse --show-toplevel)
out=$1
data=${2:-$root/../shared/data}
data=$(cd "$data" && pwd)
rm -rf "$out" && mkdir -p "$out/src"
git -C "$root" archive 87488af3 | tar -x -C "$out/src"
python3 "$here/instrument.py" "$out/src"
cp "$here/zz_probe.go.txt" "$out/src/corpus/events/zz_probe.go"
cp "$here/zz_probe_test.go.txt" "$out/src/corpus/evaluation/zz_probe_test.go"
(cd "$out/src" && go test ./corpus/evaluation -run 'TestRecallProbe$' -v -count=1 -args -data="$data" -probeout="$out/missed.jsonl" | grep missed)
python3 "$here/classify.py" "$out/src" "$out/missed.jsonl" "$out/classified.jsonl"
python3 "$here/report.py" "$out/classified.jsonl" > "$out/report.txt"
echo "tables: $out/report.txt"
