"""quantize_int8 by loops over Python numbers: each channel's elements gathered by index, max|w| by comparison,
the division in float64 then rounded once to float32 for float32 weights (float64 has more than 2 * 24 + 2 bits, so
that double rounding of a quotient is exact: it is float32's correctly rounded w / scale), and Python's round(),
which rounds halves to even.

Small inputs of both dtypes, 1-D to 3-D, every axis (negative too, or left out), with exact halves of w / scale
(scales m * 2^e), all-zero channels, channels whose largest magnitude is negative, and plain Gaussian weights.
"""

import itertools
import struct

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        shape = tuple(rng.randint(1, 5) for _ in range(rng.randint(1, 3)))
        axis = rng.randrange(len(shape))
        if rng.random() < 0.5:
            w = gen.standard_normal(shape) * 10 ** gen.uniform(-2, 2)
        else:  # w / scale = j / 2 exactly, per channel scale m * 2^e
            j = gen.integers(-254, 255, shape)
            scale = (gen.integers(0, 32, shape[axis]) * 2 + 1) * 2.0 ** gen.integers(-12, -2, shape[axis])
            top = tuple(gen.integers(0, n) for n in shape)
            j[tuple(slice(None) if a == axis else top[a] for a in range(len(shape)))] = rng.choice([-254, 254])
            w = j * scale.reshape([-1 if a == axis else 1 for a in range(len(shape))]) / 2
        if rng.random() < 0.3:
            index = [slice(None)] * len(shape)
            index[axis] = rng.randrange(shape[axis])
            w[tuple(index)] = 0.0
        w = w.astype(dtype)
        yield {"w": w} if axis == 0 and rng.random() < 0.3 else {"w": w, "axis": axis - len(shape) * rng.randint(0, 1)}


def to_float32(x):
    return struct.unpack("f", struct.pack("f", x))[0]


def solve(w, axis=0):
    shape, single = w.shape, w.dtype == np.float32
    axis %= len(shape)
    rounded = to_float32 if single else float
    values = {index: float(value) for index, value in zip(itertools.product(*map(range, shape)), w.ravel().tolist())}
    scales = []
    for channel in range(shape[axis]):
        top = 0.0
        for index, value in values.items():
            if index[axis] == channel and abs(value) > top:
                top = abs(value)
        scales.append(rounded(top / 127) if top > 0 else 1.0)
    q = np.zeros(shape, dtype=np.int8)
    for index, value in values.items():
        level = round(rounded(value / scales[index[axis]]))
        q[index] = max(-127, min(127, level))
    return q, np.array(scales, dtype=w.dtype)
