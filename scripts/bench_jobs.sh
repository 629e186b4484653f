#!/usr/bin/env bash
# Wall time and peak RSS of `tqcheck check` on 200 copies of the seed, --jobs 1 vs --jobs 2,
# and whether the two outputs are identical. Usage: scripts/bench_jobs.sh [format] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
fmt=${1:-json}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/articles"
for i in $(seq -w 1 200); do cp seeds/efe-2022-02-04.txt "$work/articles/efe-$i.txt"; done
echo "cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"
for r in $(seq 1 "$runs"); do
  for j in 1 2; do
    /usr/bin/time -v tqcheck check --format "$fmt" --fail-on never --jobs "$j" "$work/articles" \
      > "$work/out$j" 2> "$work/time$j"
    wall=$(grep 'Elapsed (wall clock)' "$work/time$j" | awk '{print $NF}')
    rss=$(grep 'Maximum resident set size' "$work/time$j" | awk '{print $NF}')
    cpu=$(awk -F': ' '/User time/{u=$2} /System time/{s=$2} END{printf "%.2f", u+s}' "$work/time$j")
    echo "run $r  --jobs $j  wall ${wall}  user+sys ${cpu} s  peak RSS ${rss} KB"
  done
  if cmp -s "$work/out1" "$work/out2"; then echo "run $r  outputs identical ($(wc -c < "$work/out1") bytes)"; else echo "run $r  OUTPUTS DIFFER"; fi
done
