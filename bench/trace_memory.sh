#!/usr/bin/env bash
# Peak memory of `convstep-cli trace` against the size of its output. The trace is streamed
# one step at a time, so peak RSS should stay roughly flat while steps and bytes grow.
#
# Usage: bench/trace_memory.sh [CLI] [SIDE...]
#   CLI   path to convstep-cli (default: build/app/cli/convstep-cli)
#   SIDE  input sizes to try (default: 16 32 64 128); the kernel is 3×3 with padding 1.
# Needs GNU time (/usr/bin/time; Debian package "time").
set -euo pipefail

cli=${1:-build/app/cli/convstep-cli}
shift || true
sides=("$@")
[[ ${#sides[@]} -gt 0 ]] || sides=(16 32 64 128)

[[ -x $cli ]] || { echo "trace_memory.sh: no executable at $cli" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "trace_memory.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A SIDE×SIDE problem of small integers with a fixed 3×3 kernel and padding 1.
problem() { # op side
    awk -v op="$1" -v n="$2" 'BEGIN {
        printf "{\"op\": \"%s\", \"padding\": 1, \"kernel\": [[1, 0, 2], [2, 1, 0], [0, 1, 1]], \"input\": [", op
        for (r = 0; r < n; r++) {
            printf "%s[", r ? ", " : ""
            for (c = 0; c < n; c++)
                printf "%s%d", c ? ", " : "", (3 * r + 7 * c) % 11 - 5
            printf "]"
        }
        print "]}"
    }'
}

printf '%-17s %-15s %7s %9s %14s %14s\n' op view input steps "output bytes" "peak RSS KiB"
for run in "conv2d direct" "conv2d matrix" "conv_transpose2d direct" "conv_transpose2d zero-insertion"; do
    read -r op view <<<"$run"
    for side in "${sides[@]}"; do
        problem "$op" "$side" >"$work/problem.json"
        /usr/bin/time -f %M -o "$work/rss" "$cli" trace "$work/problem.json" --view "$view" >/dev/null
        "$cli" trace "$work/problem.json" --view "$view" >"$work/trace.json"
        bytes=$(wc -c <"$work/trace.json")
        steps=$(grep -o -m1 '"step_count":[0-9]*' "$work/trace.json" | cut -d: -f2)
        printf '%-17s %-15s %7s %9s %14s %14s\n' "$op" "$view" "${side}x$side" "$steps" "$bytes" \
            "$(tail -n1 "$work/rss")"
        rm -f "$work/trace.json"
    done
done
