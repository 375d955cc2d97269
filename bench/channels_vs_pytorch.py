#!/usr/bin/python3
"""ConvStep's channel compute beside PyTorch's F.conv2d / F.conv_transpose2d (float64, CPU).

The issue's benchmark: 3 -> 64 channels, a 256x256 input, a 3x3 kernel, padding 1 (and
the transposed layer back, 64 -> 3). ConvStep is timed by bench_compute
(BM_ComputeChannels: computeOutputs on the same problem, Google Benchmark's median of
--runs repetitions); PyTorch as the call alone on the same values, median of as many runs,
with its default thread count and with one thread. The ratio is ConvStep's time over
PyTorch's (default threads): the target is at most 2.

  bench/channels_vs_pytorch.py [path/to/bench_compute] [--runs N]
"""
import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

try:
    import torch
    import torch.nn.functional as F
except ImportError as error:
    sys.exit(f"channels_vs_pytorch.py: needs PyTorch ({error}); apt-get install python3-torch")

SIDE, KERNEL = 256, 3


def problem(c_in, c_out, transposed):
    """The values of bench/problems.h's channelProblem, as tensors."""
    r = torch.arange(SIDE, dtype=torch.float64)[:, None]
    c = torch.arange(SIDE, dtype=torch.float64)[None, :]
    base = torch.remainder(3 * r + 7 * c, 11) - 5
    x = torch.stack([base + (i % 5) for i in range(c_in)])[None]
    a = torch.arange(KERNEL, dtype=torch.float64)[:, None]
    b = torch.arange(KERNEL, dtype=torch.float64)[None, :]
    kernel = torch.remainder(a + 2 * b, 5) - 2
    lead, inner = (c_in, c_out) if transposed else (c_out, c_in)
    w = torch.stack([kernel * (k % 3 - 1) for k in range(lead * inner)])
    return x, w.reshape(lead, inner, KERNEL, KERNEL)


def torch_ms(c_in, c_out, transposed, runs, threads):
    torch.set_num_threads(threads)
    x, w = problem(c_in, c_out, transposed)
    call = (lambda: F.conv_transpose2d(x, w, None, 1, 1)) if transposed else (
        lambda: F.conv2d(x, w, None, 1, 1))
    call()  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append((time.perf_counter() - start) * 1e3)
    return statistics.median(times)


def convstep_ms(bench, runs):
    done = subprocess.run([bench, "--benchmark_filter=BM_ComputeChannels",
                           f"--benchmark_repetitions={runs}", "--benchmark_format=json",
                           "--benchmark_report_aggregates_only=true"],
                          capture_output=True, check=True, text=True)
    medians = {}
    for entry in json.loads(done.stdout)["benchmarks"]:
        if entry.get("aggregate_name") == "median":
            medians["conv_transpose2d" if "conv_transpose2d" in entry["run_name"] else "conv2d"] = (
                entry["real_time"])
    return medians


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parents[1] / "build/release/bench/bench_compute"
    parser.add_argument("bench", nargs="?", default=str(default))
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    threads = torch.get_num_threads()
    ours = convstep_ms(args.bench, args.runs)
    print(f"torch {torch.__version__}, float64, {threads} threads by default; median of "
          f"{args.runs} runs")
    print(f"{'layer':34} {'ConvStep ms':>12} {'PyTorch ms':>11} {'1 thread':>9} {'ratio':>6}")
    for op, c_in, c_out, transposed in (("conv2d", 3, 64, False),
                                        ("conv_transpose2d", 64, 3, True)):
        theirs = torch_ms(c_in, c_out, transposed, args.runs, threads)
        single = torch_ms(c_in, c_out, transposed, args.runs, 1)
        name = f"{op} {c_in}->{c_out} {SIDE}x{SIDE} k{KERNEL}"
        print(f"{name:34} {ours[op]:12.1f} {theirs:11.1f} {single:9.1f} "
              f"{ours[op] / theirs:6.2f}")
        torch.set_num_threads(threads)
    return 0


if __name__ == "__main__":
    sys.exit(main())
