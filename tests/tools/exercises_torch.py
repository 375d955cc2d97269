#!/usr/bin/python3
"""Cross-checks 'convstep-cli exercises' against PyTorch, for CTest; exit 77 without torch.

  exercises_torch.py CONVSTEP_CLI [--count N] [--seed S]

At each level, N exercises (default 300) of every kind the level has:
  value, shape  the reference output (make_reference_cases.compute: F.conv2d and
                F.conv_transpose2d; Keras 'same'/'valid' through explicit asymmetric pads and
                the gradient of the matching forward convolution);
  reach         the non-zero cells when a one-hot input is scattered by an all-ones kernel;
  recipe        F.conv2d of the zero-inserted, padded input with the kernel flipped and the
                problem's dilation, which must give the reference output exactly.
"""
import argparse
import json
import subprocess
import sys
from pathlib import Path

SKIP = 77

try:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_reference_cases as ref  # imports torch
    import torch
    import torch.nn.functional as F
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)


def reference(problem):
    return ref.compute(problem).tolist()


def reach_cells(problem, cell):
    probe = dict(problem, bias=0)
    rows, cols = len(problem["input"]), len(problem["input"][0])
    probe["input"] = [[1 if [r, c] == cell else 0 for c in range(cols)] for r in range(rows)]
    probe["kernel"] = [[1] * len(row) for row in problem["kernel"]]
    out = reference(probe)
    return [[r, c] for r, row in enumerate(out) for c, v in enumerate(row) if v != 0]


def recipe_output(problem, answer):
    x = torch.tensor(problem["input"], dtype=torch.float64)
    w = torch.tensor(problem["kernel"], dtype=torch.float64)[None, None]
    step = [z + 1 for z in answer["zeros_between"]]
    spread = torch.zeros((x.shape[0] - 1) * step[0] + 1, (x.shape[1] - 1) * step[1] + 1,
                         dtype=torch.float64)
    spread[::step[0], ::step[1]] = x
    top, bottom, left, right = answer["pad"]
    padded = F.pad(spread[None, None], (left, right, top, bottom))
    dilation = ref.pair(problem["dilation"])
    y = F.conv2d(padded, torch.flip(w, [2, 3]), None, 1, 0, dilation)
    return (y[0, 0] + float(problem.get("bias", 0))).tolist()


def close(a, b):
    return len(a) == len(b) and all(
        len(p) == len(q) and all(abs(u - v) <= ref.TOLERANCE for u, v in zip(p, q))
        for p, q in zip(a, b))


def check(exercise):
    """An empty string when the answer agrees with torch, else what differs."""
    kind, problem, answer = exercise["kind"], exercise["problem"], exercise["answer"]
    if kind == "shape":
        out = reference(problem)
        got = [len(out), len(out[0])]
        return "" if got == answer["output_shape"] else f"torch shape {got}"
    if kind == "value":
        r, c = answer["cell"]
        value = reference(problem)[r][c]
        return "" if abs(value - answer["value"]) <= ref.TOLERANCE else f"torch value {value}"
    if kind == "reach":
        cells = reach_cells(problem, answer["input_cell"])
        return "" if cells == answer["cells"] else f"torch reach {cells}"
    if kind == "recipe":
        if min(answer["pad"]) < 0 or answer["zeros_between"] != [
                s - 1 for s in ref.pair(problem["stride"])]:
            return "a negative pad, or zeros between that are not stride - 1"
        rebuilt, out = recipe_output(problem, answer), reference(problem)
        return "" if close(rebuilt, out) else f"recipe gives {rebuilt}, torch {out}"
    return f"unknown kind {kind!r}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    failures = checked = 0
    for level in (1, 2, 3):
        done = subprocess.run([args.cli, "exercises", "--seed", str(args.seed), "--count",
                               str(args.count), "--level", str(level)],
                              capture_output=True, timeout=300, check=False)
        if done.returncode != 0:
            print(f"level {level}: exit {done.returncode}: {done.stderr.decode()}", file=sys.stderr)
            return 1
        for line in done.stdout.decode().splitlines():
            exercise = json.loads(line)
            problem = check(exercise)
            checked += 1
            if problem:
                failures += 1
                print(f"MISMATCH level {level}: {problem}\n  {line}", file=sys.stderr)
    print(f"checked {checked} exercises against torch, {failures} mismatches")
    return 0 if failures == 0 and checked == 3 * args.count else 1


if __name__ == "__main__":
    sys.exit(main())
