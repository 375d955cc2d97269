#!/usr/bin/env bash
# Whole-process cost of 'convstep-cli export': CPU time (user + sys) and peak memory (max RSS)
# from GNU time, for the padded 8×8 (65 steps) and 16×16 (257 steps) convolutions at 800×600
# in each format. Targets: GIF 8×8 ≤ 0.3 s CPU and ≤ 100 MB; GIF 16×16 ≤ 1.5 s.
#
#   bench/export_time.sh [path/to/convstep-cli]     (default build/release/app/cli/convstep-cli)
set -euo pipefail

CLI=${1:-build/release/app/cli/convstep-cli}
[[ -x $CLI ]] || { echo "export_time.sh: no program at $CLI" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "export_time.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

lesson() {
    local side=$1
    python3 - "$side" <<'PY'
import json, sys
n = int(sys.argv[1])
print(json.dumps({"op": "conv2d",
                  "input": [[(r * 3 + c * 7) % 10 for c in range(n)] for r in range(n)],
                  "kernel": [[1, 0, -1], [2, 0, -2], [1, 0, -1]], "padding": 1}))
PY
}

printf '%-8s %-6s %10s %10s %12s\n' problem format "cpu (s)" "rss (MB)" "size (KB)"
for side in 8 16; do
    lesson "$side" >"$work/conv$side.json"
    for format in gif mp4 webm png svg pdf; do
        out="$work/out-$side.$format"
        /usr/bin/time -f '%U %S %M' -o "$work/time" \
            "$CLI" export "$work/conv$side.json" -o "$out" --format "$format" --quiet
        read -r user sys rss <"$work/time"
        size=$(du -sk "$out" | cut -f1)
        awk -v p="${side}x$side" -v f="$format" -v u="$user" -v s="$sys" -v r="$rss" -v k="$size" \
            'BEGIN { printf "%-8s %-6s %10.2f %10.1f %12s\n", p, f, u + s, r / 1024, k }'
        rm -rf "$out"
    done
done
