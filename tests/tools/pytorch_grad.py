#!/usr/bin/python3
"""Cross-checks 'convstep-cli grad' and 'convstep-cli train' against torch.autograd (float64);
exit 77 (skipped) when torch is missing.

  pytorch_grad.py grad CONVSTEP_CLI [--count N] [--seed S]
        N random problems per op and padding convention (conv2d, conv_transpose2d ×
        PyTorch integers, Keras 'valid', Keras 'same') with a random upstream gradient:
        ∂L/∂x, ∂L/∂W and ∂L/∂b of L = <y, g> against autograd. Keras's strings are
        built from plain PyTorch: F.pad with TensorFlow's split before a conv2d, the
        window cut out of (or padded past) the full canvas of a conv_transpose2d.
  pytorch_grad.py train CONVSTEP_CLI
        several training specs run by the CLI and by the same loop in PyTorch
        (avg_pool2d, conv_transpose2d or interpolate + conv2d, mse_loss, optim.SGD):
        the loss of every step (relative 1e-9) and the final kernel, bias and output.
"""
import argparse
import json
import random
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

RELATIVE = 1e-9


def close(a, b):
    return abs(a - b) <= RELATIVE * max(1.0, abs(b))


def grids_close(got, expected):
    return (len(got) == len(expected)
            and all(len(g) == len(e) and all(close(a, b) for a, b in zip(g, e))
                    for g, e in zip(got, expected)))


def forward(p, x, w):
    """y = the problem's op applied to x with kernel w (4-D tensors), differentiably."""
    s, d = ref.pair(p["stride"]), ref.pair(p["dilation"])
    transposed = p["op"] == "conv_transpose2d"
    if not isinstance(p["padding"], str):
        if transposed:
            return F.conv_transpose2d(x, w, None, s, p["padding"], p["output_padding"], 1, d)
        return F.conv2d(x, w, None, s, p["padding"], d)
    axes = []
    for axis in range(2):
        op = p["output_padding"][axis] if any(p["output_padding"]) else None
        n, k = x.shape[2 + axis], w.shape[2 + axis]
        length = ref.keras_deconv_length(n, k, s[axis], d[axis], p["padding"], op) \
            if transposed else n
        _, before, after = ref.tf_conv_geometry(length, ref.effective(k, d[axis]), s[axis],
                                                p["padding"])
        axes.append((length, before, after))
    if not transposed:
        (_, top, bottom), (_, left, right) = axes
        return F.conv2d(F.pad(x, (left, right, top, bottom)), w, None, s, 0, d)
    # The transpose of TensorFlow's padded convolution: the full canvas, shifted by the pad
    # before, cut (or zero-extended) to Keras's length.
    canvas = F.conv_transpose2d(x, w, None, s, 0, 0, 1, d)
    (rows, top, _), (cols, left, _) = axes
    canvas = canvas[:, :, top:, left:]
    canvas = F.pad(canvas, (0, max(cols - canvas.shape[3], 0), 0, max(rows - canvas.shape[2], 0)))
    return canvas[:, :, :rows, :cols]


def autograd(p, upstream):
    x = torch.tensor(p["input"], dtype=torch.float64)[None, None].requires_grad_()
    w = torch.tensor(p["kernel"], dtype=torch.float64)[None, None].requires_grad_()
    b = torch.tensor(float(p["bias"]), dtype=torch.float64, requires_grad=True)
    y = forward(p, x, w) + b
    g = torch.tensor(upstream, dtype=torch.float64)[None, None]
    assert y.shape == g.shape, (y.shape, g.shape)
    (y * g).sum().backward()
    return x.grad[0, 0].tolist(), w.grad[0, 0].tolist(), b.grad.item()


def random_case(rng, op, convention):
    while True:
        problem = ref.random_problem(rng, op, convention != "pytorch")
        if convention != "pytorch" and problem["padding"] != convention:
            continue
        try:
            output = ref.compute(problem)
        except ref.InvalidProblem:
            continue
        upstream = ref.random_matrix(rng, *output.shape)
        return problem, upstream


def run_grad(cli, count, seed, tmp):
    rng = random.Random(seed)
    print(f"seed {seed} (rerun with --seed {seed})")
    failures = total = 0
    upstream_file = Path(tmp) / "upstream.json"
    for op in ("conv2d", "conv_transpose2d"):
        for convention in ("pytorch", "valid", "same"):
            for _ in range(count):
                problem, upstream = random_case(rng, op, convention)
                upstream_file.write_text(json.dumps({"upstream": upstream}))
                done = subprocess.run([cli, "grad", "-", "--upstream", str(upstream_file)],
                                      input=json.dumps(problem).encode(), capture_output=True,
                                      timeout=60)
                total += 1
                expected = autograd(problem, upstream)
                got = json.loads(done.stdout) if done.returncode == 0 else None
                ok = got is not None and grids_close(got["grad_input"], expected[0]) \
                    and grids_close(got["grad_kernel"], expected[1]) \
                    and close(got["grad_bias"], expected[2])
                if not ok:
                    failures += 1
                    print(f"MISMATCH {ref.describe(problem)}: {json.dumps(problem)}\n"
                          f"  upstream {upstream}\n  autograd {expected}\n  got {got} "
                          f"{done.stderr.decode().strip()}", file=sys.stderr)
    print(f"compared {total} gradients with autograd, {failures} mismatches")
    return failures == 0


def image(seed, rows, cols):
    """A smooth picture with some texture: what the lab trains on, small."""
    rng = random.Random(seed)
    return [[round(0.5 + 0.3 * ((r * 3 + c * 5) % 7) / 7 + 0.2 * rng.random(), 6)
             for c in range(cols)] for r in range(rows)]


def kernel(seed, k):
    rng = random.Random(seed)
    return [[round(rng.uniform(-0.2, 0.5), 6) for _ in range(k)] for _ in range(k)]


TRAIN_SPECS = [
    {"image": image(1, 16, 16), "scale": 2, "model": "transposed", "padding": 1,
     "output_padding": 1, "kernel": kernel(1, 3), "bias": 0, "learning_rate": 0.5,
     "steps": 60},
    {"image": image(2, 32, 24), "scale": 2, "model": "transposed", "padding": 1,
     "kernel": kernel(2, 4), "bias": 0.1, "learning_rate": 0.2, "momentum": 0.9,
     "steps": 300},
    {"image": image(3, 12, 20), "scale": 4, "model": "transposed", "padding": 1,
     "output_padding": 1, "kernel": kernel(3, 5), "bias": -0.2, "learning_rate": 0.3,
     "momentum": 0.5, "steps": 100},
    {"image": image(4, 12, 9), "scale": 3, "model": "transposed", "output_padding": [1, 1],
     "kernel": kernel(4, 2), "learning_rate": 0.4, "steps": 80},
    {"image": image(5, 16, 16), "scale": 2, "model": "resize-conv", "kernel": kernel(5, 3),
     "bias": 0.05, "learning_rate": 0.3, "momentum": 0.9, "steps": 200},
    {"image": image(6, 18, 12), "scale": 3, "model": "resize-conv", "kernel": kernel(6, 4),
     "learning_rate": 0.05, "steps": 100},
]


def torch_train(spec):
    """The same training in PyTorch: losses per step, then kernel, bias and output."""
    s = spec["scale"]
    target = torch.tensor(spec["image"], dtype=torch.float64)[None, None]
    x = F.avg_pool2d(target, s, s)
    w = torch.tensor(spec["kernel"], dtype=torch.float64)[None, None].requires_grad_()
    b = torch.tensor([float(spec.get("bias", 0))], dtype=torch.float64).requires_grad_()
    optimizer = torch.optim.SGD([w, b], lr=spec["learning_rate"],
                                momentum=spec.get("momentum", 0))
    k = w.shape[2:]

    def model():
        if spec["model"] == "transposed":
            return F.conv_transpose2d(x, w, b, s, ref.pair(spec.get("padding", 0)),
                                      ref.pair(spec.get("output_padding", 0)))
        up = F.interpolate(x, scale_factor=s, mode="nearest")
        top, left = (k[0] - 1) // 2, (k[1] - 1) // 2  # TensorFlow's 'same': extra after
        return F.conv2d(F.pad(up, (left, k[1] - 1 - left, top, k[0] - 1 - top)), w, b)

    losses = []
    for step in range(spec["steps"] + 1):
        optimizer.zero_grad()
        y = model()
        loss = F.mse_loss(y, target)
        losses.append(loss.item())
        if step == spec["steps"]:
            break
        loss.backward()
        optimizer.step()
    return losses, w[0, 0].tolist(), b.item(), y[0, 0].tolist()


def run_train(cli, tmp):
    failures = 0
    for index, spec in enumerate(TRAIN_SPECS):
        path = Path(tmp) / f"spec{index}.json"
        path.write_text(json.dumps(spec))
        done = subprocess.run([cli, "train", str(path)], capture_output=True, timeout=300)
        name = f"spec {index} ({spec['model']}, k{len(spec['kernel'])} s{spec['scale']})"
        if done.returncode != 0:
            failures += 1
            print(f"FAILED {name}: {done.stderr.decode().strip()}", file=sys.stderr)
            continue
        lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
        losses, w, b, y = torch_train(spec)
        steps = [line["step"] for line in lines[:-1]]
        got = [line["loss"] for line in lines[:-1]]
        final = lines[-1]
        bad = [n for n, (a, e) in enumerate(zip(got, losses)) if not close(a, e)]
        if steps != list(range(len(losses))) or bad or not grids_close(final["kernel"], w) \
                or not close(final["bias"], b) or not grids_close(final["output"], y):
            failures += 1
            first = bad[0] if bad else None
            print(f"MISMATCH {name}: steps {len(steps)} of {len(losses)}; first differing loss "
                  f"at step {first}: {got[first] if bad else ''} vs {losses[first] if bad else ''};"
                  f"\n  kernel {final['kernel']}\n  torch  {w}\n  bias {final['bias']} vs {b}",
                  file=sys.stderr)
        else:
            worst = max(abs(a - e) / max(abs(e), 1e-300) for a, e in zip(got, losses))
            print(f"{name}: {len(losses)} losses agree (largest relative difference "
                  f"{worst:.1e}), {losses[0]:.6g} → {losses[-1]:.6g}")
    print(f"compared {len(TRAIN_SPECS)} training runs, {failures} mismatches")
    return failures == 0


def main():
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    grad = sub.add_parser("grad")
    grad.add_argument("cli")
    grad.add_argument("--count", type=int, default=60)
    grad.add_argument("--seed", type=int, default=20250301)
    train = sub.add_parser("train")
    train.add_argument("cli")
    args = parser.parse_args()
    torch.set_default_dtype(torch.float64)
    with tempfile.TemporaryDirectory() as tmp:
        if args.mode == "grad":
            return 0 if run_grad(args.cli, args.count, args.seed, tmp) else 1
        return 0 if run_train(args.cli, tmp) else 1


if __name__ == "__main__":
    sys.exit(main())
