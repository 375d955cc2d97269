#!/usr/bin/env bash
# Peak memory (max RSS) and CPU time of 'convstep-cli export' for the largest problems the
# limits allow: a 4096×4096 transposed-convolution canvas, a 512×512 convolution, the matrix
# view of a 256×256 input, ×8 upsamplings to 4096×4096. Each exports its first two steps
# and its last step at 800×600 in every format, and the first two steps with --smooth as a
# GIF (in-betweens hold the states before and after a step). Target: every case under 600 MB.
#
#   bench/export_memory.sh [path/to/convstep-cli] [FORMAT...]
#   (default build/release/app/cli/convstep-cli; formats gif png svg pdf mp4)
set -euo pipefail

CLI=${1:-build/release/app/cli/convstep-cli}
shift || true
formats=("$@")
[[ ${#formats[@]} -gt 0 ]] || formats=(gif png svg pdf mp4)
[[ -x $CLI ]] || { echo "export_memory.sh: no program at $CLI" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "export_memory.sh: needs GNU time (apt-get install time)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# problem NAME OP SIDE [KEY=JSON...]: a SIDE×SIDE input of small integers.
problem() {
    python3 - "$@" >"$work/$1.json" <<'PY'
import json, sys
name, op, side = sys.argv[1], sys.argv[2], int(sys.argv[3])
p = {"op": op, "input": [[(r * 3 + c * 7) % 10 - 4 for c in range(side)] for r in range(side)]}
for item in sys.argv[4:]:
    key, value = item.split("=", 1)
    p[key] = json.loads(value)
print(json.dumps(p))
PY
}

k16=$(python3 -c 'print([[(r + c) % 3 - 1 for c in range(16)] for r in range(16)])')
problem transpose256 conv_transpose2d 256 "kernel=$k16" stride=16
problem conv512 conv2d 512 'kernel=[[1,0,-1],[2,0,-2],[1,0,-1]]' padding=1
problem conv256 conv2d 256 'kernel=[[1,0,-1],[2,0,-2],[1,0,-1]]' padding=1
problem nearest512 upsample_nearest 512 scale=8
problem bilinear512 upsample_bilinear 512 scale=8
problem unpool512 max_unpool2d 512 scale=8

cases=(
    "transpose256 direct    4096x4096 canvas, k16 s16"
    "transpose256 zero-insertion 4111x4111 canvas"
    "transpose256 matrix    Cᵀ 16777216x65536"
    "conv512 direct         512x512, k3 p1"
    "conv256 matrix         C 65536x65536"
    "nearest512 direct      512x512 to 4096x4096"
    "bilinear512 direct     512x512 to 4096x4096"
    "unpool512 direct       512x512 pooled to 64x64 and back"
)

printf '%-13s %-15s %-6s %-8s %9s %9s\n' problem view format steps "cpu (s)" "rss (MB)"
for entry in "${cases[@]}"; do
    read -r name view _ <<<"$entry"
    # The step count, from the complaint about a step past the end.
    count=$("$CLI" export "$work/$name.json" --view "$view" -o "$work/x.gif" \
        --steps 999999999 2>&1 | grep -o '1:[0-9]*$' | cut -d: -f2 || true)
    for format in "${formats[@]}"; do
        runs=("1:2" "$count")
        [[ $format == gif ]] && runs+=("1:2 --smooth")
        for run in "${runs[@]}"; do
            read -r steps smooth <<<"$run"
            shown=$steps
            [[ $steps == "$count" ]] && shown=last
            [[ -n $smooth ]] && shown="$steps sm"
            out="$work/out.$format"
            # shellcheck disable=SC2086 # $smooth is one option or none
            if /usr/bin/time -f '%U %S %M' -o "$work/time" "$CLI" export "$work/$name.json" \
                --view "$view" -o "$out" --format "$format" --steps "$steps" $smooth --quiet \
                --overwrite 2>"$work/err"; then
                read -r user sys rss <"$work/time"
                awk -v n="$name" -v v="$view" -v f="$format" -v s="$shown" -v u="$user" \
                    -v y="$sys" -v r="$rss" \
                    'BEGIN { printf "%-13s %-15s %-6s %-8s %9.2f %9.1f\n", n, v, f, s, u + y, r / 1024 }'
            else
                printf '%-13s %-15s %-6s %-8s %s\n' "$name" "$view" "$format" "$shown" \
                    "failed: $(head -n1 "$work/err")"
            fi
            rm -rf "$out"
        done
    done
done
