"""A stand-in for the few TensorFlow/Keras calls that 'convstep-cli code --framework keras' uses.

TensorFlow is not installed here, so framework_scripts.py runs the Keras scripts against this
module instead: each layer is computed with torch in float64 following Keras's rules as
make_reference_cases.py emulates them (TensorFlow's 'same' padding, Keras's
deconv_output_length, half-pixel bilinear resizing). It checks a script's own plumbing -- the
padding, cropping, zero insertion, subsampling and unpooling around the layers -- not Keras
itself.
"""
import types

import numpy as np
import torch
import torch.nn.functional as F

import make_reference_cases as ref


class Tensor(np.ndarray):
    """A NumPy array with Keras's .numpy()."""

    def numpy(self):
        return np.asarray(self)


def tensor(array):
    return np.asarray(array, dtype=np.float64).view(Tensor)


def nchw(x):
    return torch.tensor(np.asarray(x, dtype=np.float64)).permute(0, 3, 1, 2)


def nhwc(t):
    return tensor(t.permute(0, 2, 3, 1).detach().numpy())


def pair(value):
    return list(value) if isinstance(value, (tuple, list)) else [value, value]


class _Conv:
    """Keras's kernel layouts: Conv2D (kh, kw, C_in/groups, filters), Conv2DTranspose
    (kh, kw, filters, C_in); set_weights refuses any other shape, so a script that permutes a
    weight wrongly fails here."""

    def __init__(self, filters, kernel_size, strides=(1, 1), padding="valid", output_padding=None,
                 dilation_rate=(1, 1), use_bias=True, dtype=None, groups=1):
        assert filters >= 1 and dtype == "float64"
        self.filters, self.groups = filters, groups
        self.kernel_size, self.strides = pair(kernel_size), pair(strides)
        self.padding, self.dilation = padding.lower(), pair(dilation_rate)
        self.output_padding = [0, 0] if output_padding is None else pair(output_padding)
        self.use_bias, self.weights, self.channels = use_bias, None, None

    def build(self, shape):
        assert len(shape) == 4 and shape[3] % self.groups == 0 and self.filters % self.groups == 0
        self.channels = shape[3]

    def set_weights(self, weights):
        assert len(weights) == (2 if self.use_bias else 1)
        assert weights[0].shape == self.kernel_shape(), (weights[0].shape, self.kernel_shape())
        assert not self.use_bias or weights[1].shape == (self.filters,)
        self.weights = weights

    def run(self, x, transposed):
        assert np.asarray(x).shape[3] == self.channels
        # Both Keras layouts become PyTorch's by moving the channel axes first, swapped.
        w = torch.tensor(self.weights[0].transpose(3, 2, 0, 1).copy())
        y = ref.keras_output(nchw(x), w, self.strides, self.dilation, self.output_padding,
                             self.padding, transposed, self.groups)
        if self.use_bias:
            y = y + torch.tensor(np.asarray(self.weights[1], dtype=np.float64))[None, :, None, None]
        return nhwc(y)


class Conv2D(_Conv):
    def kernel_shape(self):
        return (*self.kernel_size, self.channels // self.groups, self.filters)

    def __call__(self, x):
        return self.run(x, False)


class Conv2DTranspose(_Conv):
    def kernel_shape(self):
        assert self.groups == 1  # Keras's Conv2DTranspose has no groups
        return (*self.kernel_size, self.filters, self.channels)

    def __call__(self, x):
        return self.run(x, True)


def ZeroPadding2D(padding, dtype=None):
    (top, bottom), (left, right) = padding
    return lambda x: nhwc(F.pad(nchw(x), (left, right, top, bottom)))


def Cropping2D(cropping, dtype=None):
    (top, bottom), (left, right) = cropping
    return lambda x: tensor(np.asarray(x)[:, top:x.shape[1] - bottom, left:x.shape[2] - right, :])


def UpSampling2D(size, interpolation="nearest", dtype=None):
    factors = tuple(float(s) for s in pair(size))
    mode = {"nearest": "nearest", "bilinear": "bilinear"}[interpolation]
    extra = {"align_corners": False} if mode == "bilinear" else {}
    return lambda x: nhwc(F.interpolate(nchw(x), scale_factor=factors, mode=mode, **extra))


def MaxPooling2D(pool_size, dtype=None):
    size = pair(pool_size)
    return lambda x: nhwc(F.max_pool2d(nchw(x), size, size))


def resize_bilinear(x, size, align_corners=False):
    return nhwc(F.interpolate(nchw(x), size=tuple(size), mode="bilinear",
                              align_corners=align_corners))


keras = types.SimpleNamespace(layers=types.SimpleNamespace(
    Conv2D=Conv2D, Conv2DTranspose=Conv2DTranspose, ZeroPadding2D=ZeroPadding2D,
    Cropping2D=Cropping2D, UpSampling2D=UpSampling2D, MaxPooling2D=MaxPooling2D))
compat = types.SimpleNamespace(v1=types.SimpleNamespace(
    image=types.SimpleNamespace(resize_bilinear=resize_bilinear)))
