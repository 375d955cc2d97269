#!/usr/bin/python3
"""Live cross-checks against PyTorch, for CTest; exit 77 (skipped) when torch is missing.

  pytorch_live.py check CASES.json      recompute every committed reference case
                                        (reference_cases.json, upsample_cases.json or
                                        channel_cases.json)
  pytorch_live.py cli CONVSTEP_CLI [--count N] [--seed S]
                                        fresh random cases (convolutions, then a third
                                        as many upsampling ones and half as many with
                                        channels and groups) through
                                        'convstep-cli compute -'
"""
import argparse
import json
import random
import subprocess
import sys
import time
from pathlib import Path

SKIP = 77

try:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_reference_cases as ref  # imports torch
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)


def flat(value):
    if isinstance(value, list):
        for v in value:
            yield from flat(v)
    else:
        yield value


def shape(value):
    return [len(value)] + shape(value[0]) if isinstance(value, list) else []


def run_cli(cli, count, seed):
    rng = random.Random(seed)
    print(f"seed {seed} (rerun with --seed {seed})")
    failures = 0
    cases = ref.random_cases(rng, count) + ref.random_upsample_cases(rng, count // 3)
    cases += ref.random_channel_cases(rng, count // 2)
    for case in cases:
        done = subprocess.run([cli, "compute", "-"], input=json.dumps(case["problem"]).encode(),
                              capture_output=True, timeout=60)
        got = json.loads(done.stdout)["output"] if done.returncode == 0 else None
        expected = case["output"]
        ok = got is not None and shape(got) == shape(expected) and all(
            abs(a - b) <= ref.TOLERANCE for a, b in zip(flat(got), flat(expected)))
        if not ok:
            failures += 1
            print(f"MISMATCH {case['name']}: {json.dumps(case['problem'])}\n  expected {expected}"
                  f"\n  got {got} {done.stderr.decode().strip()}", file=sys.stderr)
    print(f"compared {len(cases)} fresh cases, {failures} mismatches")
    return failures == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    check = sub.add_parser("check")
    check.add_argument("cases")
    cli = sub.add_parser("cli")
    cli.add_argument("cli")
    cli.add_argument("--count", type=int, default=60)
    cli.add_argument("--seed", type=int, default=None)
    args = parser.parse_args()
    if args.mode == "check":
        return 0 if ref.check_file(args.cases) else 1
    seed = args.seed if args.seed is not None else int(time.time())
    return 0 if run_cli(args.cli, args.count, seed) else 1


if __name__ == "__main__":
    sys.exit(main())
