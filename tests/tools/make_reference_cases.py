#!/usr/bin/python3
"""Generate framework-computed reference outputs for the ConvStep C++ tests.

Each case is a ConvStep problem (single-channel 2-D conv2d / conv_transpose2d)
plus its output computed with torch in float64.  Integer padding [ph, pw] is
PyTorch itself (source "pytorch"); "valid"/"same" follow Keras/TensorFlow,
emulated with torch (source "keras-emulated"): Conv2D pads asymmetrically,
extra zero bottom/right; Conv2DTranspose takes its size from Keras's
deconv_output_length and is the gradient of the matching TF forward conv.

The upsampling ops (upsample_nearest, upsample_bilinear, bed_of_nails,
max_unpool2d; "input" and "scale", plus "align_corners" for bilinear) go to a
sibling file, tests/data/upsample_cases.json: F.interpolate, a zero canvas
with the input at every scale-th cell, and max_pool2d + max_unpool2d of the
input cropped to whole blocks (see upsample_output).

Channel problems (a 3-D input [C_in][H][W], a 4-D kernel in PyTorch's layout,
"groups", a bias number or list) go to tests/data/channel_cases.json: random
shapes in every padding convention (Keras's strings too, but no groups for
Keras's Conv2DTranspose), depthwise, groups = C_in = C_out, C_in != C_out.

The committed files are regenerated (deterministic, fixed seeds) with:
  /usr/bin/python3 tests/tools/make_reference_cases.py
Options: --out PATH, --upsample-out PATH, --channel-out PATH, --count N,
--upsample-count N, --channel-count N (random cases), --check PATH (recompute every case of an existing file of
either kind; exit status 1 on any difference > 1e-9).
"""
import argparse
import functools
import json
import random
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

GENERATOR = "tests/tools/make_reference_cases.py"
SEED = 20240611
TOLERANCE = 1e-9
DEFAULT_OUT = Path(__file__).resolve().parents[1] / "data" / "reference_cases.json"
UPSAMPLE_OUT = DEFAULT_OUT.with_name("upsample_cases.json")
UPSAMPLE_SEED = SEED + 1  # its own stream, so the convolution cases never change
CHANNEL_OUT = DEFAULT_OUT.with_name("channel_cases.json")
CHANNEL_SEED = SEED + 2
UPSAMPLE_OPS = ("upsample_nearest", "upsample_bilinear", "bed_of_nails", "max_unpool2d")
ARTICLE_X = [[3, 5, 2, 7], [4, 1, 3, 8], [6, 3, 8, 2], [9, 6, 1, 5]]
ARTICLE_W = [[1, 2, 1], [2, 1, 2], [1, 1, 2]]
ARTICLE_Y = [[55, 52], [57, 50]]
ARTICLE_K = [[1, 2], [2, 1]]
# Classic configurations (i, k, p, s, d), square; the first seven are also transposed.
TABLE = [(4, 3, 0, 1, 1), (5, 4, 2, 1, 1), (5, 3, 1, 1, 1), (5, 3, 2, 1, 1),
         (5, 3, 0, 2, 1), (5, 3, 1, 2, 1), (6, 3, 1, 2, 1), (7, 3, 0, 1, 2)]


class InvalidProblem(ValueError):
    """The framework whose semantics the problem uses would reject it."""


def pair(value):
    return list(value) if isinstance(value, (list, tuple)) else [value, value]


def make_problem(op, x, w, padding, stride=1, dilation=1, output_padding=0, bias=0):
    return {"op": op, "input": x, "kernel": w, "stride": pair(stride),
            "dilation": pair(dilation),
            "padding": padding if isinstance(padding, str) else pair(padding),
            "output_padding": pair(output_padding), "bias": bias}


def effective(k, d):
    return d * (k - 1) + 1


def torch_output(x, w, s, d, op, pad, transposed, groups=1):
    pad = pair(pad)
    for n, k, si, di, oi, pi in zip(x.shape[2:], w.shape[2:], s, d, op, pad):
        if transposed and (oi >= max(si, di) or (n - 1) * si - 2 * pi + effective(k, di) + oi < 1):
            raise InvalidProblem("output_padding >= max(stride, dilation) or empty output")
        if not transposed and n + 2 * pi < effective(k, di):
            raise InvalidProblem("padded input smaller than dilated kernel")
    if transposed:
        return F.conv_transpose2d(x, w, None, s, pad, op, groups, d)
    return F.conv2d(x, w, None, s, pad, d, groups)


def keras_deconv_length(n, k, s, d, padding, output_padding):
    """Keras conv_utils.deconv_output_length (output_padding None or int)."""
    keff = effective(k, d)
    if output_padding is None:
        return n * s + max(keff - s, 0) if padding == "valid" else n * s
    pad = keff // 2 if padding == "same" else 0
    return (n - 1) * s + keff - 2 * pad + output_padding


def tf_conv_geometry(length, keff, s, padding):
    """TF forward conv on `length` cells: (output length, pad before, pad after)."""
    if padding == "valid":
        return (length - keff) // s + 1, 0, 0
    out = -(-length // s)
    total = max((out - 1) * s + keff - length, 0)
    return out, total // 2, total - total // 2


def keras_output(x, w, s, d, op, padding, transposed, groups=1):
    if padding not in ("valid", "same"):
        raise InvalidProblem(f"unknown padding {padding!r}")
    if any(v != 1 for v in s) and any(v != 1 for v in d):
        raise InvalidProblem("Keras: stride > 1 together with dilation > 1")
    if any(o >= si for o, si in zip(op, s)):
        raise InvalidProblem("Keras: output_padding must be < stride")
    if transposed and d[0] != d[1]:  # keras.backend.conv2d_transpose asserts this
        raise InvalidProblem("Keras Conv2DTranspose: dilations must be equal")
    given = op if any(op) else [None, None]
    lengths, pads = [], []
    for n, k, si, di, oi in zip(x.shape[2:], w.shape[2:], s, d, given):
        length = keras_deconv_length(n, k, si, di, padding, oi) if transposed else n
        out, before, after = tf_conv_geometry(length, effective(k, di), si, padding)
        if length < 1 or out < 1 or (transposed and out != n):
            raise InvalidProblem("empty output or inconsistent transposed shape")
        lengths.append(length)
        pads.append((before, after))

    def forward(z):
        return F.conv2d(F.pad(z, (*pads[1], *pads[0])), w, None, s, 0, d, groups)

    if not transposed:
        return forward(x)
    if groups != 1:
        raise InvalidProblem("Keras Conv2DTranspose has no groups")
    # PyTorch's transposed weight [C_in][C_out] is the forward convolution's [out][in].
    z = torch.zeros(1, w.shape[1], *lengths, dtype=torch.float64, requires_grad=True)
    y = forward(z)
    assert y.shape == x.shape, (y.shape, x.shape)
    (grad,) = torch.autograd.grad(y, z, grad_outputs=x)
    return grad


def upsample_output(p):
    """PyTorch's output (4-D tensor) of an upsampling problem; raises InvalidProblem."""
    x = torch.tensor(p["input"], dtype=torch.float64)[None, None]
    scale = pair(p["scale"])
    if any(not 1 <= s <= 8 for s in scale) or (
            "align_corners" in p and p["op"] != "upsample_bilinear"):
        raise InvalidProblem("scale outside 1..8, or align_corners on another op")
    factors = tuple(float(s) for s in scale)
    if p["op"] == "upsample_nearest":
        return F.interpolate(x, scale_factor=factors, mode="nearest")
    if p["op"] == "upsample_bilinear":
        return F.interpolate(x, scale_factor=factors, mode="bilinear",
                             align_corners=p.get("align_corners", False))
    if p["op"] == "bed_of_nails":
        y = torch.zeros(1, 1, *(n * s for n, s in zip(x.shape[2:], scale)), dtype=torch.float64)
        y[:, :, ::scale[0], ::scale[1]] = x
        return y
    # max_pool2d (ceil_mode=False) drops what fills no whole block, and max_unpool2d reads the
    # indices as flat positions in its own pooled × scale output: crop first, or they land in
    # the wrong place (or past the end) whenever the width is not a multiple of the scale.
    rows, cols = (n // s * s for n, s in zip(x.shape[2:], scale))
    if rows == 0 or cols == 0:
        raise InvalidProblem("input smaller than one block")
    pooled, indices = F.max_pool2d(x[:, :, :rows, :cols], scale, scale, return_indices=True)
    return F.max_unpool2d(pooled, indices, scale, scale)


def depth(value):
    n = 0
    while isinstance(value, list):
        n, value = n + 1, value[0] if value else None
    return n


def has_channels(p):
    return p["op"] not in UPSAMPLE_OPS and (depth(p["input"]) == 3 or depth(p["kernel"]) == 4)


def channel_output(p):
    """Reference output (3-D tensor [C_out][Ho][Wo]) of a channel problem."""
    transposed = {"conv2d": False, "conv_transpose2d": True}[p["op"]]
    if not transposed and any(pair(p["output_padding"])):
        raise InvalidProblem("conv2d takes no output_padding")
    x = torch.tensor(p["input"], dtype=torch.float64)
    x = x[None, None] if x.dim() == 2 else x[None]
    w = torch.tensor(p["kernel"], dtype=torch.float64)
    w = w[None, None] if w.dim() == 2 else w
    groups = p.get("groups", 1)
    lead, inner = w.shape[:2]
    c_in, c_out = x.shape[1], (inner * groups if transposed else lead)
    if c_in % groups or c_out % groups or (lead if transposed else inner * groups) != c_in:
        raise InvalidProblem("groups or the weight's channel axes do not fit the input")
    s, d, op = (pair(p[key]) for key in ("stride", "dilation", "output_padding"))
    run = keras_output if isinstance(p["padding"], str) else torch_output
    y = run(x, w, s, d, op, p["padding"], transposed, groups)[0].detach()
    bias = p.get("bias", 0)
    bias = torch.tensor(bias if isinstance(bias, list) else [bias] * c_out, dtype=torch.float64)
    return y + bias[:, None, None]


def compute(p):
    """Reference output (2-D tensor; 3-D for a channel problem); raises InvalidProblem."""
    if has_channels(p):
        return channel_output(p)
    if p["op"] in UPSAMPLE_OPS:
        return upsample_output(p)[0, 0]
    transposed = {"conv2d": False, "conv_transpose2d": True}[p["op"]]
    if not transposed and any(pair(p["output_padding"])):
        raise InvalidProblem("conv2d takes no output_padding")
    x, w = (torch.tensor(p[key], dtype=torch.float64)[None, None] for key in ("input", "kernel"))
    s, d, op = (pair(p[key]) for key in ("stride", "dilation", "output_padding"))
    run = keras_output if isinstance(p["padding"], str) else torch_output
    return run(x, w, s, d, op, p["padding"], transposed)[0, 0].detach() + float(p.get("bias", 0))


def as_json_matrix(t):
    if t.dim() == 3:
        return [as_json_matrix(channel) for channel in t]
    return [[int(v) if v.is_integer() else v for v in row] for row in t.tolist()]


def make_case(name, problem):
    source = "keras-emulated" if isinstance(problem.get("padding"), str) else "pytorch"
    return {"name": name, "source": source, "problem": problem,
            "output": as_json_matrix(compute(problem))}


def random_value(rng, p_float):
    if rng.random() < p_float:
        value = round(rng.uniform(-2.5, 2.5), rng.choice((2, 3)))
        return int(value) if value.is_integer() else value
    return rng.randint(-3, 9)


def random_matrix(rng, rows, cols, p_float=None):
    p_float = rng.choice((0.0, 0.5, 1.0)) if p_float is None else p_float
    return [[random_value(rng, p_float) for _ in range(cols)] for _ in range(rows)]


def random_sides(rng, lo, hi):
    first = rng.randint(lo, hi)
    return [first, first] if rng.random() < 0.4 else [first, rng.randint(lo, hi)]


def random_problem(rng, op, keras):
    shape, kshape = random_sides(rng, 1, 9), random_sides(rng, 1, 5)
    stride, dilation = random_sides(rng, 1, 4), random_sides(rng, 1, 3)
    padding = rng.choice(("valid", "same")) if keras else random_sides(rng, 0, 3)
    output_padding = [0, 0]
    if op == "conv_transpose2d" and rng.random() < 0.5:
        limits = stride if keras else [max(s, d) for s, d in zip(stride, dilation)]
        output_padding = [rng.randrange(limit) for limit in limits]
    bias = 0 if rng.random() < 0.6 else random_value(rng, 0.5)
    return make_problem(op, random_matrix(rng, *shape), random_matrix(rng, *kshape),
                        padding, stride, dilation, output_padding, bias)


def random_cases(rng, count):
    cases = []
    while len(cases) < count:
        op, keras = rng.choice(("conv2d", "conv_transpose2d")), rng.random() < 0.4
        while True:  # reject-sample within the chosen op and padding kind
            problem = random_problem(rng, op, keras)
            try:
                cases.append(make_case(f"rand{len(cases):03d}: {describe(problem)}", problem))
                break
            except InvalidProblem:
                continue
    return cases


# Hand-picked cases, label -> specs.  A spec reads "<conv|convT> <valid|same|pH[xW]>
# iHxW kHxW [sA[xB]] [dA[xB]] [oA[xB]] [bBIAS] [float]"; values come from the seeded rng.
EDGE_CASES = {
    "kernel 1x1": ["conv p0 i4x5 k1", "conv same i5 k1 s2", "convT p0 i3 k1 s2",
                   "convT valid i2x3 k1 s3x2"],
    "kernel = input": ["conv valid i3 k3", "conv same i3x4 k3x4", "conv p0 i4x2 k4x2",
                       "convT valid i3 k3"],
    "1x1 input": ["convT p0 i1 k3x2", "convT same i1 k3x2 s3"],
    "stride > kernel": ["convT valid i2x3 k2 s3", "convT same i2x3 k2x1 s3x4", "convT p0 i2 k2 s3",
                        "conv p0 i7 k2 s3", "conv same i7x8 k2 s3"],
    "stride > kernel on one axis": ["convT valid i3x2 k2x3 s3x2"],
    "non-square everything": ["conv p1x0 i5x7 k2x3 s1x2 d2x1",
                              "convT p1x0 i3x4 k3x2 s2x1 d1x2 o1x0"],
    "per-axis stride/dilation": ["conv valid i6x8 k3x2 s2x3", "conv same i6x7 k3x2 d1x3",
                                 "conv valid i8x6 k2x3 d3x2"],
    "output_padding": ["convT p0 i3 k3 s2 o1", "convT p1 i3 k3 s2 o1"],
    "output_padding > padding": ["convT p0 i2x3 k2 s3 o2", "convT p1 i3x2 k3 s3 o2x1"],
    "stride <= output_padding < dilation": ["convT p0 i3 k2 d2 o1",
                                            "convT p1 i3x4 k2x3 s2 d3 o2x1"],
    "dilated transposed": ["convT p0 i3 k3 d2", "convT p2x1 i3x4 k2x3 s2x1 d3x2",
                           "convT valid i3x4 k3x2 d2", "convT same i4x3 k3 d2"],
    "even effective kernel": ["convT same i4 k2 d3", "conv same i6x5 k2 d3"],
    "odd effective kernel": ["conv same i5x6 k3 d2"],
    "Keras output_padding": ["convT same i3 k3 s2 o1", "convT same i3x2 k3 s2 o0x1",
                             "convT same i2x3 k4 s2 o1", "convT same i3x2 k3x2 s2x3 o1x2",
                             "convT valid i2x3 k2 s3 o2x1", "convT valid i3 k3 s2 o1"],
    "fractional values, bias": ["conv same i4x5 k3x2 b-1.25 float", "conv p1 i5x4 k2x3 b0.5 float",
                                "convT p1 i3 k3 s2 b2.75 float",
                                "convT valid i2x3 k3x2 s2 b-3 float"],
    "integer bias": ["conv valid i4 k2 b7"],
}
OP_WORDS = {"conv": "conv2d", "convT": "conv_transpose2d"}


def dims_text(values):
    return str(values[0]) if values[0] == values[1] else "x".join(map(str, values))


def parse_dims(text):
    values = [int(v) for v in text.split("x")]
    return values * 2 if len(values) == 1 else values


def describe(p):
    """The spec string of a problem (without its values)."""
    if p["op"] in UPSAMPLE_OPS:
        return describe_upsample(p)
    padding = p["padding"] if isinstance(p["padding"], str) else "p" + dims_text(p["padding"])
    words = ["convT" if p["op"] == "conv_transpose2d" else "conv", padding,
             "i" + dims_text([len(p["input"]), len(p["input"][0])]),
             "k" + dims_text([len(p["kernel"]), len(p["kernel"][0])])]
    for key, field in (("s", "stride"), ("d", "dilation"), ("o", "output_padding")):
        if p[field] != ([0, 0] if key == "o" else [1, 1]):
            words.append(key + dims_text(p[field]))
    return " ".join(words + ([f"b{p['bias']}"] if p["bias"] else []))


def parse_spec(spec, rng):
    op, padding, *words = spec.split()
    fields = {word[0]: word[1:] for word in words if word != "float"}
    p_float = 1.0 if "float" in words else 0.0
    return make_problem(
        OP_WORDS[op], random_matrix(rng, *parse_dims(fields["i"]), p_float),
        random_matrix(rng, *parse_dims(fields["k"]), p_float / 2),
        padding if padding in ("valid", "same") else parse_dims(padding[1:]),
        parse_dims(fields.get("s", "1")), parse_dims(fields.get("d", "1")),
        parse_dims(fields.get("o", "0")), json.loads(fields.get("b", "0")))


def named_problems(rng):
    conv, convT = "conv2d", "conv_transpose2d"
    yield "article conv valid", make_problem(conv, ARTICLE_X, ARTICLE_W, "valid")
    yield "article conv same", make_problem(conv, ARTICLE_X, ARTICLE_W, "same")
    yield "article conv p1", make_problem(conv, ARTICLE_X, ARTICLE_W, 1)
    for padding in ("valid", "same", 0):
        problem = make_problem(convT, ARTICLE_Y, ARTICLE_K, padding)
        yield f"article convT {describe(problem).split()[1]}", problem
    for index, (i, k, p, s, d) in enumerate(TABLE):
        spec = f"conv p{p} i{i} k{k} s{s} d{d}"
        yield f"table: {spec}", parse_spec(spec, rng)
        if index < 7:
            o = (i + 2 * p - effective(k, d)) // s + 1
            op = i - ((o - 1) * s - 2 * p + effective(k, d))
            spec = f"convT p{p} i{o} k{k} s{s} d{d} o{op}"
            yield f"table: {spec}", parse_spec(spec, rng)
    for label, specs in EDGE_CASES.items():
        for spec in specs:
            yield f"{label}: {spec}", parse_spec(spec, rng)
    for op, shape in (("conv", "7x6"), ("convT", "3x2")):
        for k in range(2, 6):
            for s in range(1, 5):
                spec = f"{op} same i{shape} k{k} s{s}"
                yield f"Keras same sweep: {spec}", parse_spec(spec, rng)
    negative = make_problem(conv, [[-3, 2, -1], [4, -5, 6], [-7, 8, -9]],
                            [[-1, 0.5], [0.25, -2]], [1, 0], bias=-4)
    yield f"negative values: {describe(negative)}", negative


# Upsampling: a spec reads "<nearest|bilinear|nails|unpool> iHxW sA[xB] [corners] [float]".
UPSAMPLE_WORDS = {"nearest": "upsample_nearest", "bilinear": "upsample_bilinear",
                  "nails": "bed_of_nails", "unpool": "max_unpool2d"}
UPSAMPLE_SPECS = {
    "scale 1": ["nearest i3x4 s1", "bilinear i3x4 s1", "bilinear i3 s1 corners", "nails i2x3 s1",
                "unpool i3x4 s1"],
    "square": ["nearest i3 s2", "bilinear i4 s2", "bilinear i4 s2 corners", "nails i3 s3",
               "unpool i4 s2", "bilinear i2 s3 float", "bilinear i3 s4 corners float"],
    "non-square scale": ["nearest i2x3 s3x2", "bilinear i3x2 s2x5", "bilinear i3x2 s2x5 corners",
                         "nails i2x3 s1x4", "unpool i6x4 s3x2", "bilinear i4x5 s1x3 float"],
    "one cell": ["nearest i1 s8", "bilinear i1 s3", "bilinear i1x4 s2x3 corners", "nails i1 s5",
                 "unpool i2x3 s2x3"],
    "one row or column": ["bilinear i1x5 s4x2", "bilinear i5x1 s3 corners", "unpool i1x6 s1x2"],
    "scale 8": ["nearest i2x3 s8", "bilinear i2 s8", "bilinear i3x2 s8 corners", "nails i2 s8",
                "unpool i8x9 s8"],
    "unpool remainder": ["unpool i5 s2", "unpool i7x5 s3x2", "unpool i3x8 s2x3 float"],
}
# Ties: the first maximum in row-major order wins; an all-zero or all-negative block too.
UNPOOL_TIES = {
    "all equal": ([[5, 5], [5, 5]], 2),
    "tie across rows": ([[1, 7, 7, 0], [7, 2, 3, 7]], 2),
    "tie in the second row": ([[1, 2, 0, 4], [9, 9, 4, 4]], 2),
    "zeros": ([[0, 0, 0], [0, 0, 0], [0, 0, 1]], [3, 1]),
    "negative with ties": ([[-3, -1, -1], [-1, -2, -5]], [2, 3]),
    "tie beside the remainder": ([[2, 2, 9], [2, 2, 9], [9, 9, 9]], 2),
}


def make_upsample_problem(op, x, scale, align_corners=False):
    problem = {"op": op, "input": x, "scale": pair(scale)}
    if op == "upsample_bilinear":
        problem["align_corners"] = align_corners
    return problem


def describe_upsample(p):
    word = {op: word for word, op in UPSAMPLE_WORDS.items()}[p["op"]]
    words = [word, "i" + dims_text([len(p["input"]), len(p["input"][0])]),
             "s" + dims_text(p["scale"])]
    return " ".join(words + (["corners"] if p.get("align_corners") else []))


def parse_upsample_spec(spec, rng):
    word, shape, scale, *flags = spec.split()
    x = random_matrix(rng, *parse_dims(shape[1:]), 1.0 if "float" in flags else 0.0)
    return make_upsample_problem(UPSAMPLE_WORDS[word], x, parse_dims(scale[1:]),
                                 "corners" in flags)


def upsample_problems(rng):
    for label, specs in UPSAMPLE_SPECS.items():
        for spec in specs:
            yield f"{label}: {spec}", parse_upsample_spec(spec, rng)
    for label, (x, scale) in UNPOOL_TIES.items():
        yield f"unpool ties: {label}", make_upsample_problem("max_unpool2d", x, scale)


def random_upsample_cases(rng, count):
    cases = []
    while len(cases) < count:
        op = UPSAMPLE_OPS[len(cases) % len(UPSAMPLE_OPS)]
        scale = random_sides(rng, 1, 4) if rng.random() < 0.8 else random_sides(rng, 1, 8)
        problem = make_upsample_problem(op, random_matrix(rng, *random_sides(rng, 1, 9)), scale,
                                        rng.random() < 0.5)
        try:
            cases.append(make_case(f"rand{len(cases):03d}: {describe(problem)}", problem))
        except InvalidProblem:
            continue
    return cases


# Channel problems: a spec reads "<conv|convT> <valid|same|pH[xW]> cINxOUT [gG] iHxW kHxW
# [sA[xB]] [dA[xB]] [oA[xB]] [b|blist] [float]"; "cINxOUT" are the input and output channels.
CHANNEL_SPECS = {
    "RGB to 2 channels": ["conv p1 c3x2 i5 k3", "conv valid c3x2 i6x5 k3x2 b", "convT p0 c3x2 i3 k3 s2",
                          "convT same c3x2 i3x4 k3 s2 blist"],
    "one channel with channel axes": ["conv p0 c1x1 i4 k2", "convT p1 c1x1 i3 k3 s2 o1"],
    "1x1 mixing channels": ["conv p0 c4x3 i4 k1", "conv same c3x5 i3x4 k1 s2 blist",
                            "convT p0 c4x2 i3 k1 s2"],
    "grouped g=2": ["conv p1 c4x6 g2 i5 k3", "conv same c2x4 g2 i4x5 k2 blist",
                    "convT p1 c4x2 g2 i3 k3 s2 o1", "convT p0 c2x6 g2 i2x3 k2x3 s2x1"],
    "depthwise g=C_in": ["conv p1 c3x3 g3 i5 k3", "conv valid c3x6 g3 i6 k3 s2",
                         "conv same c4x8 g4 i5x4 k3 d2 blist", "convT p1 c3x3 g3 i3 k3 s2 o1",
                         "convT p0 c2x4 g2 i3x2 k2 s3"],
    "groups = C_in = C_out": ["conv p0 c2x2 g2 i4 k2", "conv p2 c5x5 g5 i3 k3 d2",
                              "convT p0 c4x4 g4 i2 k3 s2 b"],
    "C_in != C_out, Keras strings": ["conv valid c2x3 i5x6 k3 s2", "conv same c3x2 i5 k2 s2",
                                     "convT valid c2x3 i3 k3 s2", "convT same c3x2 i2x3 k3x2 s2 o1",
                                     "convT same c1x4 i3 k4 s2 float", "convT valid c3x1 i2 k2 s3"],
    "fractional values": ["conv p1 c2x3 g1 i4 k3 blist float", "convT p1 c2x4 g2 i3 k2 s2 b float"],
}


def channel_grid(rng, shape, p_float):
    if len(shape) == 2:
        return random_matrix(rng, *shape, p_float)
    return [channel_grid(rng, shape[1:], p_float) for _ in range(shape[0])]


def make_channel_problem(rng, op, c_in, c_out, groups, ishape, kshape, padding, stride, dilation,
                         output_padding, bias, p_float):
    lead, inner = (c_in, c_out // groups) if op == "conv_transpose2d" else (c_out, c_in // groups)
    problem = make_problem(op, channel_grid(rng, [c_in, *ishape], p_float),
                           channel_grid(rng, [lead, inner, *kshape], p_float / 2), padding, stride,
                           dilation, output_padding, 0)
    problem["groups"] = groups
    if bias == "list":
        problem["bias"] = [random_value(rng, p_float) for _ in range(c_out)]
    elif bias:
        problem["bias"] = random_value(rng, 0.5)
    return problem


def parse_channel_spec(spec, rng):
    op, padding, *words = spec.split()
    fields = {word[0]: word[1:] for word in words if word not in ("float",)}
    c_in, c_out = parse_dims(fields["c"])
    return make_channel_problem(
        rng, OP_WORDS[op], c_in, c_out, int(fields.get("g", "1")), parse_dims(fields["i"]),
        parse_dims(fields["k"]), padding if padding in ("valid", "same") else parse_dims(padding[1:]),
        parse_dims(fields.get("s", "1")), parse_dims(fields.get("d", "1")),
        parse_dims(fields.get("o", "0")), (fields["b"] or "1") if "b" in fields else None,
        1.0 if "float" in words else 0.0)


def describe_channels(p):
    """The spec string of a channel problem (without its values)."""
    transposed = p["op"] == "conv_transpose2d"
    lead, inner = len(p["kernel"]), len(p["kernel"][0])
    groups = p["groups"]
    c_in, c_out = len(p["input"]), (inner * groups if transposed else lead)
    padding = p["padding"] if isinstance(p["padding"], str) else "p" + dims_text(p["padding"])
    words = ["convT" if transposed else "conv", padding, f"c{c_in}x{c_out}"]
    if groups != 1:
        words.append(f"g{groups}")
    words += ["i" + dims_text([len(p["input"][0]), len(p["input"][0][0])]),
              "k" + dims_text([len(p["kernel"][0][0]), len(p["kernel"][0][0][0])])]
    for key, field in (("s", "stride"), ("d", "dilation"), ("o", "output_padding")):
        if p[field] != ([0, 0] if key == "o" else [1, 1]):
            words.append(key + dims_text(p[field]))
    if isinstance(p["bias"], list):
        words.append("blist")
    elif p["bias"]:
        words.append(f"b{p['bias']}")
    return " ".join(words)


def channel_problems(rng):
    for label, specs in CHANNEL_SPECS.items():
        for spec in specs:
            yield f"{label}: {spec}", parse_channel_spec(spec, rng)


def random_channel_problem(rng, op, keras):
    kind = rng.choice(("plain", "plain", "grouped", "depthwise", "equal"))
    c_in = rng.randint(1, 4)
    if kind == "depthwise":
        groups, c_out = c_in, c_in * rng.randint(1, 2)
    elif kind == "equal":
        groups = c_out = c_in
    elif kind == "grouped":
        groups = rng.choice([g for g in (1, 2, 3, 4) if c_in % g == 0])
        c_out = groups * rng.randint(1, 2)
    else:
        groups, c_out = 1, rng.randint(1, 4)
    if keras and op == "conv_transpose2d":
        groups = 1
    stride, dilation = random_sides(rng, 1, 3), random_sides(rng, 1, 2)
    padding = rng.choice(("valid", "same")) if keras else random_sides(rng, 0, 2)
    output_padding = [0, 0]
    if op == "conv_transpose2d" and rng.random() < 0.4:
        limits = stride if keras else [max(s, d) for s, d in zip(stride, dilation)]
        output_padding = [rng.randrange(limit) for limit in limits]
    bias = rng.choice((None, None, "1", "list"))
    return make_channel_problem(rng, op, c_in, c_out, groups, random_sides(rng, 1, 7),
                                random_sides(rng, 1, 4), padding, stride, dilation,
                                output_padding, bias, rng.choice((0.0, 0.5)))


def random_channel_cases(rng, count):
    cases = []
    while len(cases) < count:
        op, keras = rng.choice(("conv2d", "conv_transpose2d")), rng.random() < 0.4
        while True:
            problem = random_channel_problem(rng, op, keras)
            try:
                cases.append(make_case(f"rand{len(cases):03d}: {describe_channels(problem)}",
                                       problem))
                break
            except InvalidProblem:
                continue
    return cases


def check_article(cases):
    outputs = {c["name"]: c["output"] for c in cases}
    assert outputs["article conv valid"] == ARTICLE_Y, outputs["article conv valid"]
    assert outputs["article convT same"] == [[55, 162], [167, 323]], outputs["article convT same"]
    assert len(outputs["article convT valid"]) == 3 == len(outputs["article convT valid"][0])


def write_cases(path, cases):
    dump = functools.partial(json.dumps, separators=(",", ":"))
    header = {"generator": GENERATOR, "torch_version": torch.__version__}
    text = dump(header)[:-1] + ',"cases":[\n' + ",\n".join(dump(c) for c in cases) + "\n]}\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return len(text.encode())


def check_file(path):
    failures = 0
    cases = json.loads(Path(path).read_text())["cases"]
    for case in cases:
        try:
            got = compute(case["problem"])
            ref = torch.tensor(case["output"], dtype=torch.float64)
            ok = got.shape == ref.shape and bool((got - ref).abs().max() <= TOLERANCE)
        except (AssertionError, KeyError, ValueError, RuntimeError) as error:
            ok, got = False, error
        if not ok:
            failures += 1
            shown = got.tolist() if torch.is_tensor(got) else got
            print(f"MISMATCH {case['name']}: expected {case['output']}, got {shown}", file=sys.stderr)
    print(f"checked {len(cases)} cases, {failures} mismatches")
    return failures == 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output JSON path")
    parser.add_argument("--upsample-out", type=Path, default=UPSAMPLE_OUT,
                        help="output JSON path of the upsampling cases")
    parser.add_argument("--count", type=int, default=500, help="number of random cases")
    parser.add_argument("--upsample-count", type=int, default=40,
                        help="number of random upsampling cases")
    parser.add_argument("--channel-out", type=Path, default=CHANNEL_OUT,
                        help="output JSON path of the channel cases")
    parser.add_argument("--channel-count", type=int, default=120,
                        help="number of random channel cases")
    parser.add_argument("--check", metavar="PATH", help="re-verify an existing JSON file instead")
    args = parser.parse_args()
    if args.check:
        return 0 if check_file(args.check) else 1
    rng = random.Random(SEED)
    cases = [make_case(name, problem) for name, problem in named_problems(rng)]
    check_article(cases)
    cases += random_cases(rng, args.count)
    size = write_cases(args.out, cases)
    print(f"wrote {len(cases)} cases ({size} bytes) to {args.out}")
    rng = random.Random(UPSAMPLE_SEED)
    cases = [make_case(name, problem) for name, problem in upsample_problems(rng)]
    cases += random_upsample_cases(rng, args.upsample_count)
    size = write_cases(args.upsample_out, cases)
    print(f"wrote {len(cases)} cases ({size} bytes) to {args.upsample_out}")
    rng = random.Random(CHANNEL_SEED)
    cases = [make_case(name, problem) for name, problem in channel_problems(rng)]
    cases += random_channel_cases(rng, args.channel_count)
    size = write_cases(args.channel_out, cases)
    print(f"wrote {len(cases)} cases ({size} bytes) to {args.channel_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
