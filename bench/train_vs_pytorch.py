#!/usr/bin/python3
"""'convstep-cli train' beside the same training loop in PyTorch (float64, CPU).

The issue's benchmark: a 128×128 image, scale 2, a 4×4 transposed-convolution kernel
(padding 1), SGD with momentum 0.9, 500 steps; also k = 3 and the resize-convolution
model. The CLI is timed as a whole process (start-up, reading the spec, training, printing
502 JSON lines); PyTorch as the loop alone, after torch is imported and the tensors are
built. Wall and CPU time; the ratio is PyTorch's wall time over the CLI's.
Median of --runs runs each, the two alternating; the losses of both are compared
(relative 1e-9).

  bench/train_vs_pytorch.py [path/to/convstep-cli] [--runs N]
"""
import argparse
import json
import math
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

try:
    import torch
    import torch.nn.functional as F
except ImportError as error:
    sys.exit(f"train_vs_pytorch.py: needs PyTorch ({error}); apt-get install python3-torch")


def spec(model, kernel):
    image = [[0.5 + 0.25 * ((r // 8 + c // 8) % 2) + 0.1 * math.sin(0.3 * r * c)
              for c in range(128)] for r in range(128)]
    result = {"image": image, "scale": 2, "model": model,
              "kernel": [[0.1] * kernel for _ in range(kernel)], "bias": 0,
              "learning_rate": 0.5 if model == "transposed" else 0.1, "momentum": 0.9,
              "steps": 500}
    if model == "transposed":
        result["padding"] = 1
    return result


def torch_run(s):
    """The PyTorch loop's wall and CPU seconds, and its losses."""
    scale = s["scale"]
    target = torch.tensor(s["image"], dtype=torch.float64)[None, None]
    x = F.avg_pool2d(target, scale, scale)
    w = torch.tensor(s["kernel"], dtype=torch.float64)[None, None].requires_grad_()
    b = torch.tensor([float(s["bias"])], dtype=torch.float64).requires_grad_()
    optimizer = torch.optim.SGD([w, b], lr=s["learning_rate"], momentum=s["momentum"])
    k = w.shape[2]
    top = (k - 1) // 2

    def model():
        if s["model"] == "transposed":
            return F.conv_transpose2d(x, w, b, scale, s.get("padding", 0),
                                      s.get("output_padding", 0))
        up = F.interpolate(x, scale_factor=scale, mode="nearest")
        return F.conv2d(F.pad(up, (top, k - 1 - top, top, k - 1 - top)), w, b)

    losses = []
    start, cpu = time.perf_counter(), time.process_time()
    for step in range(s["steps"] + 1):
        optimizer.zero_grad()
        loss = F.mse_loss(model(), target)
        losses.append(loss.item())
        if step == s["steps"]:
            break
        loss.backward()
        optimizer.step()
    return time.perf_counter() - start, time.process_time() - cpu, losses


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def cli_run(cli, path):
    start, cpu = time.perf_counter(), children_cpu()
    done = subprocess.run([cli, "train", str(path)], capture_output=True)
    if done.returncode != 0:
        sys.exit(done.stderr.decode().strip())
    seconds, cpu = time.perf_counter() - start, children_cpu() - cpu
    lines = done.stdout.decode().splitlines()
    return seconds, cpu, [json.loads(line)["loss"] for line in lines[:-1]]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cli", nargs="?", default="build/release/app/cli/convstep-cli")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not Path(args.cli).is_file():
        sys.exit(f"train_vs_pytorch.py: no program at {args.cli}")
    print(f"PyTorch {torch.__version__}, {torch.get_num_threads()} threads; median of "
          f"{args.runs} runs")
    print(f"{'128×128, scale 2, 500 steps':26} {'convstep-cli':>23} {'PyTorch':>23} "
          f"{'ratio':>7}")
    print(f"{'':26} {'wall (s)':>11} {'cpu (s)':>11} {'wall (s)':>11} {'cpu (s)':>11}")
    with tempfile.TemporaryDirectory() as tmp:
        for model, kernel in (("transposed", 4), ("transposed", 3), ("resize-conv", 4)):
            s = spec(model, kernel)
            if model == "transposed" and kernel % 2:
                s["output_padding"] = 1
            path = Path(tmp) / "spec.json"
            path.write_text(json.dumps(s))
            # Alternate the two, so that a busy machine slows both alike.
            ours, theirs = [], []
            for _ in range(args.runs):
                ours.append(cli_run(args.cli, path))
                theirs.append(torch_run(s))
            agree = all(abs(a - e) <= 1e-9 * abs(e) for a, e in zip(ours[0][2], theirs[0][2]))
            wall, cpu = (statistics.median(run[i] for run in ours) for i in (0, 1))
            torch_wall, torch_cpu = (statistics.median(run[i] for run in theirs) for i in (0, 1))
            print(f"{model + f' k={kernel}':26} {wall:11.3f} {cpu:11.3f} {torch_wall:11.3f} "
                  f"{torch_cpu:11.3f} {torch_wall / wall:6.1f}×"
                  f"{'' if agree else '  LOSSES DIFFER'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
