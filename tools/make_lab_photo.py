#!/usr/bin/env python3
"""Renders resources/images/lab-photo.png, the checkerboard lab's sample picture.

The picture is synthetic: a procedurally generated landscape (sky with clouds, two mountain
ranges, a lake with a reflection, a tree line, grass and a little sensor noise) made to look
like a small photograph. It is ConvStep's own work, released under CC0 1.0 (see
resources/images/CREDITS). Deterministic: the same seed gives the same file.

Usage: python3 tools/make_lab_photo.py [output.png]   (needs numpy and Pillow)
"""

import sys

import numpy as np
from PIL import Image

W, H = 256, 192
rng = np.random.default_rng(20240607)


def smooth_noise(height, width, octaves, persistence=0.5):
    """Fractal value noise in [0, 1]: bilinearly upsampled random grids, summed by octave."""
    total = np.zeros((height, width))
    amplitude, norm = 1.0, 0.0
    for octave in range(octaves):
        cells = 2 ** (octave + 2)
        grid = rng.random((cells + 1, cells + 1))
        ys = np.linspace(0, cells, height, endpoint=False)
        xs = np.linspace(0, cells, width, endpoint=False)
        y0, x0 = ys.astype(int), xs.astype(int)
        fy, fx = (ys - y0)[:, None], (xs - x0)[None, :]
        fy, fx = fy * fy * (3 - 2 * fy), fx * fx * (3 - 2 * fx)
        a = grid[y0][:, x0]
        b = grid[y0][:, x0 + 1]
        c = grid[y0 + 1][:, x0]
        d = grid[y0 + 1][:, x0 + 1]
        total += amplitude * (a * (1 - fx) * (1 - fy) + b * fx * (1 - fy)
                              + c * (1 - fx) * fy + d * fx * fy)
        norm += amplitude
        amplitude *= persistence
    return total / norm


def ridge(width, base, height, octaves, seed_shift=0):
    """A mountain skyline: row index per column."""
    line = smooth_noise(1, width, octaves, 0.55)[0]
    line = (line - line.min()) / (line.max() - line.min())
    return base - height * line


y = np.arange(H)[:, None] * np.ones((1, W))
x = np.ones((H, 1)) * np.arange(W)[None, :]
img = np.zeros((H, W, 3))

# Sky: deep blue at the top to a hazy pale blue at the horizon, with soft clouds.
horizon = 112
t = np.clip(y / horizon, 0, 1)[..., None]
sky = (1 - t) * np.array([0.22, 0.42, 0.72]) + t * np.array([0.78, 0.85, 0.92])
clouds = np.clip((smooth_noise(H, W, 6) - 0.5) * 2.6, 0, 1)[..., None]
sky = sky * (1 - 0.8 * clouds) + 0.8 * clouds * np.array([0.97, 0.97, 0.98])
img[:] = sky

# Sun glow.
d = np.hypot(x - 196, y - 40)
img += (np.exp(-d / 26.0)[..., None] * np.array([0.35, 0.3, 0.18]))

# Far range (bluish, hazy) and near range (darker, greener), with rocky texture.
far = ridge(W, 96, 56, 5)
near = ridge(W, 112, 26, 6)
rock = smooth_noise(H, W, 7, 0.6)[..., None]
far_mask = (y >= far[None, :]) & (y < horizon)
img[far_mask] = (np.array([0.46, 0.53, 0.64]) * (0.85 + 0.3 * rock))[far_mask]
snow_line = far[None, :] + 4 + 6 * smooth_noise(1, W, 5)[0][None, :]
snow = far_mask & (y < snow_line) & (far[None, :] < 62)
img[snow] = np.array([0.93, 0.94, 0.96])
near_mask = (y >= near[None, :]) & (y < horizon)
shade = np.clip((y - near[None, :]) / 30.0, 0, 1)[..., None]
near_colour = np.array([0.30, 0.38, 0.26]) * (1 - 0.4 * shade) * (0.75 + 0.5 * rock)
img[near_mask] = near_colour[near_mask]

# Lake: the scene above mirrored, darkened and rippled.
lake_top, lake_bottom = horizon, 150
for row in range(lake_top, lake_bottom):
    src = 2 * horizon - row - 1
    ripple = (np.sin(x[row] * 0.35 + row * 1.7) * 1.5).astype(int)
    cols = np.clip(np.arange(W) + ripple, 0, W - 1)
    img[row] = img[src, cols] * 0.62 + np.array([0.05, 0.09, 0.12])

# Tree line along the shore: jagged dark silhouettes.
tree_noise = smooth_noise(1, W, 7, 0.7)[0]
# Conifers: a triangle of random height every few columns.
spikes = np.zeros(W)
centre = 0
while centre < W:
    half, tall = rng.integers(2, 5), rng.uniform(4, 13)
    for col in range(max(centre - half, 0), min(centre + half + 1, W)):
        spikes[col] = max(spikes[col], tall * (1 - abs(col - centre) / (half + 1)))
    centre += int(rng.integers(2, 6))
tree_top = 150 - 4 - 6 * tree_noise - spikes
trees = (y >= tree_top[None, :]) & (y < 156)
img[trees] = (np.array([0.10, 0.16, 0.10]) * (0.8 + 0.5 * rock))[trees]

# Grass in the foreground: green, lighter further away, with blades of texture.
grass = y >= 156
blades = smooth_noise(H, W * 4, 6, 0.7)[:, ::4][..., None]
g = np.clip((y - 156) / 36.0, 0, 1)[..., None]
grass_colour = (np.array([0.42, 0.55, 0.22]) * (1 - 0.35 * g)) * (0.7 + 0.6 * blades)
img[grass] = grass_colour[grass]

# A path through the grass.
path = grass & (np.abs(x - (128 + (y - 156) * 1.6)) < 3 + (y - 156) * 0.5)
img[path] = (np.array([0.62, 0.55, 0.42]) * (0.85 + 0.3 * rock))[path]

# Vignette and sensor noise.
vignette = 1 - 0.28 * (np.hypot((x - W / 2) / W, (y - H / 2) / H) ** 2) * 2.2
img *= vignette[..., None]
img += rng.normal(0, 0.012, img.shape)

out = np.clip(img * 255 + 0.5, 0, 255).astype(np.uint8)
path_out = sys.argv[1] if len(sys.argv) > 1 else "resources/images/lab-photo.png"
Image.fromarray(out, "RGB").save(path_out, optimize=True)
print(path_out)
