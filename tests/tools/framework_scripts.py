#!/usr/bin/python3
"""Runs the scripts of 'convstep-cli code' for CTest; exit 77 (skipped) when torch is missing.

  framework_scripts.py CONVSTEP_CLI [--count N] [--seed S] [--standalone K]

For N random problems, cycling through conv2d and conv_transpose2d with PyTorch and with Keras
padding, the four upsampling ops, and conv2d and conv_transpose2d with channels and groups, the PyTorch script is run and the output it prints is
compared with 'convstep-cli compute' to 1e-9. Keras's padding strings have no PyTorch layer
argument, so those scripts reproduce them with F.pad and slicing: comparing their numbers with
ConvStep's (which match Keras's, see make_reference_cases.py) checks that emulation.

Each Keras script is compiled (py_compile) and run too. Where TensorFlow is missing (as on
Debian) it runs against fake_tensorflow.py, which computes each Keras layer with torch by the
Keras rules that make_reference_cases.py emulates: that checks the script's plumbing around
the layers (ZeroPadding2D/Cropping2D for PyTorch padding, zero insertion, subsampling,
unpooling) to 1e-9, not Keras itself. With real TensorFlow the tolerance is 1e-5, as it
resizes bilinearly in float32.

The scripts run in this process, importing torch once; the first K of them also run as their
own /usr/bin/python3 process, to show that a script stands alone.
"""
import argparse
import ast
import contextlib
import io
import json
import py_compile
import random
import subprocess
import sys
import tempfile
from pathlib import Path

SKIP = 77
TOLERANCE = 1e-9

try:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import make_reference_cases as ref  # imports torch
except ImportError as error:
    print(f"skipped: {error}")
    sys.exit(SKIP)

try:
    import tensorflow  # noqa: F401
    KERAS, KERAS_TOLERANCE = "TensorFlow", 1e-5
except ImportError:
    import fake_tensorflow
    sys.modules["tensorflow"] = fake_tensorflow
    KERAS, KERAS_TOLERANCE = "the stand-in fake_tensorflow.py", TOLERANCE

KINDS = [("conv2d", False), ("conv2d", True), ("conv_transpose2d", False),
         ("conv_transpose2d", True)] + [(op, None) for op in ref.UPSAMPLE_OPS] + [
         ("conv2d", "channels"), ("conv_transpose2d", "channels")]


def random_problems(rng, count):
    """`count` problems the frameworks accept, the kinds taking turns."""
    problems = []
    while len(problems) < count:
        op, keras = KINDS[len(problems) % len(KINDS)]
        if keras == "channels":
            problem = ref.random_channel_problem(rng, op, rng.random() < 0.4)
        elif keras is None:
            problem = ref.make_upsample_problem(
                op, ref.random_matrix(rng, *ref.random_sides(rng, 1, 7)),
                ref.random_sides(rng, 1, 4), rng.random() < 0.5)
        else:
            problem = ref.random_problem(rng, op, keras)
        try:
            ref.compute(problem)
        except ref.InvalidProblem:
            continue
        problems.append(problem)
    return problems


def cli(program, problem, *arguments):
    done = subprocess.run([program, *arguments, "-"], input=json.dumps(problem).encode(),
                          capture_output=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"convstep-cli {' '.join(arguments)}: {done.stderr.decode().strip()}")
    return done.stdout.decode()


def run_here(script, name="<pytorch script>"):
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(script, name, "exec"), {"__name__": "__main__"})
    return printed.getvalue()


def run_alone(script, folder):
    path = Path(folder) / "standalone.py"
    path.write_text(script)
    done = subprocess.run([sys.executable, str(path)], capture_output=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"the script failed on its own: {done.stderr.decode().strip()}")
    return done.stdout.decode()


def same(got, expected, tolerance=TOLERANCE):
    if isinstance(expected, list):
        return isinstance(got, list) and len(got) == len(expected) and all(
            same(g, e, tolerance) for g, e in zip(got, expected))
    return not isinstance(got, list) and abs(got - expected) <= tolerance


def check(program, problem, index, standalone, folder):
    """None when both scripts are right, else what went wrong."""
    expected = json.loads(cli(program, problem, "compute"))["output"]
    script = cli(program, problem, "code", "--framework", "pytorch")
    printed = run_alone(script, folder) if index < standalone else run_here(script)
    got = ast.literal_eval(printed.strip())
    if not same(got, expected):
        return f"PyTorch script printed {got}, convstep-cli compute gives {expected}"
    keras = Path(folder) / f"keras_{index:03d}.py"
    keras.write_text(cli(program, problem, "code", "--framework", "keras"))
    py_compile.compile(str(keras), cfile=str(keras) + "c", doraise=True)
    got = ast.literal_eval(run_here(keras.read_text(), str(keras)).strip())
    if not same(got, expected, KERAS_TOLERANCE):
        return f"Keras script printed {got}, convstep-cli compute gives {expected}"
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli")
    parser.add_argument("--count", type=int, default=150)
    parser.add_argument("--seed", type=int, default=20240612)
    parser.add_argument("--standalone", type=int, default=len(KINDS))
    args = parser.parse_args()
    print(f"seed {args.seed}")
    failures = 0
    with tempfile.TemporaryDirectory() as folder:
        for index, problem in enumerate(random_problems(random.Random(args.seed), args.count)):
            try:
                wrong = check(args.cli, problem, index, args.standalone, folder)
            except Exception as error:  # a script that fails is a failure, whatever it raised
                wrong = f"{type(error).__name__}: {error}"
            if wrong:
                failures += 1
                name = (ref.describe_channels(problem) if ref.has_channels(problem)
                        else ref.describe(problem))
                print(f"MISMATCH {name}: {json.dumps(problem)}\n  {wrong}", file=sys.stderr)
    print(f"ran {args.count} PyTorch scripts ({args.standalone} on their own) and as many Keras "
          f"scripts (compiled, run with {KERAS}): {failures} failures")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
