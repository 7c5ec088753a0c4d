"""Hidden tests for int8-quantization: the edges, one case (or more) per classic mistake, every axis of 1-D to 4-D
weights, then seeded cases at the maxima.

The classic mistakes and the cases that catch them:
- rounding halves away from zero (np.round is half-to-even; int(x + 0.5), np.floor(x + 0.5), np.trunc(x + 0.5 *
  sign)) and truncation: "grid" weights, each channel's scale m * 2^e (m a small odd integer, so 127 * scale and
  every w = j * scale / 2 are exact in both dtypes), so that w / scale is exactly j / 2: half of the elements are
  exact halves, of both signs, where the wrong rounding is one step of q off;
- computing in float64 for float32 weights (the scale, the quotient or both): float32 weights whose float32
  quotient rounds to an exact k + 0.5 while the exact quotient (what float64 sees) is up to half a float32 ulp
  off, so that float64 rounds the other way; every element of that case flips;
- multiplying by 1 / scale instead of dividing: on the grid, 1 / scale is not exact when m > 1, and w * (1 /
  scale) lands an ulp beside j / 2, on the other side of some halves;
- the scale as max|w| * (1 / 127) (an ulp off max|w| / 127, within the scale's tolerance): channels whose other
  elements sit at halves of w / scale, which the other scale rounds the other way;
- one scale for the whole tensor: channels of magnitudes from 1e-3 to 1e3;
- all-zero channels: scale 1.0, q 0 (0 / 0 would be NaN, a scale of 0 or of eps / 127 is wrong);
- max(w) instead of max|w|: channels whose largest magnitude is negative, and channels that are all negative;
- (max - min) / 255 (asymmetric), the full range [-128, 127] (scale max|w| / 128): any random channel;
- the axis: axis = 1 and -1 on non-square and square weights, 3-D and 4-D weights reduced over every axis but
  one, 1-D weights (each element its own channel); the default axis = 0 when axis is not passed;
- q as int32, int64 or float; scale of shape (C, 1) or in float64; w modified in place (inputs_unchanged).
Clipping to -128 instead of -127 changes nothing by itself: with scale = max|w| / 127, |w / scale| <= 127 (to a
rounding), and the clip never binds; only the full-range scale above makes it a mistake.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 2**18  # elements of w
MAX_ABS = 1e4  # |w|
MIN_CHANNEL_MAX = 1e-6  # a channel's max|w| is 0 or at least this (its scale stays a normal number)
f32, f64 = np.float32, np.float64


def given(w, axis=None):
    return {"w": w} if axis is None else {"w": w, "axis": axis}


def channels_first(w, axis):
    """w (channels on axis 0) with its channel axis moved to `axis`."""
    return np.ascontiguousarray(np.moveaxis(w, 0, axis))


def grid(gen, channels, rest, dtype=f64, *, axis=0, mantissa=(1, 1024), magnitude=(-12, 3), negative_max=0.5):
    """Weights with w / scale exactly j / 2 (j an integer in [-254, 254]) everywhere: each channel's scale is
    m * 2^e (m odd), its largest magnitude 127 * scale (negative with probability `negative_max`)."""
    m = gen.integers(mantissa[0] // 2, mantissa[1] // 2, channels) * 2 + 1 if mantissa[1] > 1 else np.ones(channels)
    scale = m * 2.0 ** gen.integers(magnitude[0], magnitude[1], channels).astype(f64) / mantissa[1]
    size = int(np.prod(rest))
    j = gen.integers(-254, 255, (channels, size))
    top = gen.integers(0, size, channels)
    j[np.arange(channels), top] = np.where(gen.random(channels) < negative_max, -254, 254)
    w = (j * scale[:, None] / 2).reshape((channels, *rest))
    return channels_first(w.astype(dtype), axis)


def near_halves(gen, channels, width):
    """float32 weights where float32's w / scale is an exact k + 0.5 but the exact quotient (float64's) is not, and
    rounds to the other neighbour of k + 0.5: every element but each channel's largest."""
    rows = []
    for _ in range(channels):
        amax = f32(gen.uniform(0.05, 20.0))
        scale = amax / f32(127)
        row = [amax if gen.random() < 0.5 else -amax]
        while len(row) < width:
            k = int(gen.integers(-127, 127))
            w = f32((k + 0.5) * float(scale))
            for _ in range(int(gen.integers(-4, 5))):
                w = np.nextafter(w, f32(np.inf if k > 0 else -np.inf))
            exact = float(w) / float(scale)
            if np.rint(w / scale) != np.rint(exact) and np.rint(w / scale) != np.rint(float(w) / (float(amax) / 127)):
                row.append(w)
        rows.append(gen.permutation(np.array(row, dtype=f32)))
    return np.array(rows, dtype=f32)


def reciprocal_scales(gen, channels, width, dtype=f64):
    """Weights whose channel max amax has amax * (1 / 127) one ulp off amax / 127 (both in `dtype`), and whose other
    elements sit at halves of the quotient w / (amax / 127), so that a scale computed as amax * (1 / 127) (within
    the scale's tolerance) rounds them the other way: every element but each channel's largest."""
    t = dtype
    rows = []
    while len(rows) < channels:
        amax = t(gen.uniform(0.05, 20.0))
        scale, other = amax / t(127), amax * (t(1) / t(127))
        if scale == other:
            continue
        row = [amax if gen.random() < 0.5 else -amax]
        while len(row) < width:
            k = int(gen.integers(-127, 127))
            w = t((k + 0.5) * scale)
            for _ in range(int(gen.integers(-2, 3))):
                w = np.nextafter(w, t(np.inf if k > 0 else -np.inf))
            if abs(w) < amax and np.rint(w / scale) != np.rint(w / other):
                row.append(w)
        rows.append(gen.permutation(np.array(row, dtype=t)))
    return np.array(rows, dtype=t)


def normal(gen, shape, dtype=f64, *, axis=0, spread=(-1.0, 1.0)):
    """Gaussian weights, each channel (along `axis`) with its own magnitude, 10^u for u uniform in `spread`."""
    channels, rest = shape[axis], shape[:axis] + shape[axis + 1:]
    w = gen.standard_normal((channels, *rest)) * 10 ** gen.uniform(*spread, (channels,) + (1,) * len(rest))
    return channels_first(w.astype(dtype), axis)


def zero_channels(w, gen, share, axis=0):
    """w with a share of its channels (along `axis`) set to exactly 0."""
    w = np.moveaxis(w.copy(), axis, 0)
    w[gen.random(w.shape[0]) < share] = 0
    return np.ascontiguousarray(np.moveaxis(w, 0, axis))


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges: one element; 1-D; zeros; the default axis.
    yield Case(given(np.array([[-3.0]])), (np.array([[-127]], np.int8), np.array([3 / 127])),
               "one element, -3.0, axis not passed: scale = 3 / 127, q = -127",
               note_zh="一个元素 -3.0，不传 axis：scale = 3 / 127，q = -127")
    yield Case(given(np.array([0.5, -2.0, 0.0, 7.25, -1e-3], f32), 0),
               (np.array([127, -127, 0, 127, -127], np.int8), np.array([0.5, 2.0, 127.0, 7.25, 1e-3], f32) / f32(127)),
               "1-D, float32: each element its own channel, q = +-127 (0 for the zero, whose scale is 1.0)",
               note_zh="一维，float32：每个元素自成一个通道，q = +-127（0 的 q 为 0，scale 为 1.0）")
    yield Case(given(np.zeros((3, 4), f32)), (np.zeros((3, 4), np.int8), np.ones(3, f32)),
               "all zeros, float32: every scale is 1.0 and q is 0 (0 / 0 would be NaN)",
               note_zh="全零，float32：每个 scale 都是 1.0，q 都是 0（0 / 0 会得到 NaN）")
    yield Case(given(zero_channels(normal(gen, (12, 20)), gen, 0.4)),
               note="(12, 20), some rows exactly 0: their scale is 1.0, not 0 or NaN",
               note_zh="(12, 20)，有几行恰好全为 0：它们的 scale 是 1.0，不是 0 也不是 NaN")
    yield Case(given(zero_channels(normal(gen, (9, 16), f32, axis=1), gen, 0.3, axis=1), 1),
               note="(9, 16), float32, axis = 1: some columns exactly 0",
               note_zh="(9, 16)，float32，axis = 1：有几列恰好全为 0")

    # Rounding: exact halves of w / scale.
    yield Case(given(grid(gen, 8, (32,), mantissa=(1, 1), magnitude=(-8, 3))),
               note="w / scale exactly j / 2, scales powers of two: half the elements are exact halves, "
                    "rounded to even (2.5 -> 2, -3.5 -> -4), not away from zero",
               note_zh="w / scale 恰好是 j / 2，scale 是 2 的幂：一半元素恰好是 .5，"
                       "舍入到偶数（2.5 -> 2，-3.5 -> -4），而不是远离零")
    yield Case(given(grid(gen, 16, (48,), f32, mantissa=(1, 1024))),
               note="float32, w / scale exactly j / 2 with scales m * 2^e (m odd < 1024): the halves round to even; "
                    "1 / scale is inexact, and w * (1 / scale) misses some halves",
               note_zh="float32，w / scale 恰好是 j / 2，scale 为 m * 2^e（m 为小于 1024 的奇数）：.5 舍入到偶数；"
                       "1 / scale 不精确，w * (1 / scale) 会错过一些 .5")
    yield Case(given(grid(gen, 24, (40,), mantissa=(1, 2**20)), 0),
               note="float64, w / scale exactly j / 2 with scales m * 2^e (m odd < 2^20)",
               note_zh="float64，w / scale 恰好是 j / 2，scale 为 m * 2^e（m 为小于 2^20 的奇数）")
    yield Case(given(near_halves(gen, 6, 40)),
               note="float32: w / scale rounds to an exact k + 0.5 in float32 (then to even), but the exact quotient, "
                    "as float64 computes it, is just above or below and rounds the other way",
               note_zh="float32：w / scale 在 float32 中舍入成恰好的 k + 0.5（再舍入到偶数），但精确的商"
                       "（float64 算出的）略大或略小，舍入到另一边")

    yield Case(given(reciprocal_scales(gen, 8, 40)),
               note="float64: scale = max|w| / 127, a division; max|w| * (1 / 127) is an ulp off here (within the "
                    "scale's tolerance), but w divided by it rounds the halves of w / scale the other way",
               note_zh="float64：scale = max|w| / 127，是除法；这里 max|w| * (1 / 127) 差了一个 ulp（在 scale 的容差之内），"
                       "但 w 除以它时，w / scale 的 .5 会舍入到另一边")
    yield Case(given(reciprocal_scales(gen, 8, 40, f32), 0),
               note="float32: max|w| * (1 / 127) an ulp off max|w| / 127, which flips the halves of w / scale",
               note_zh="float32：max|w| * (1 / 127) 与 max|w| / 127 差一个 ulp，w / scale 的 .5 因此舍入到另一边")

    # The scale: per channel, of max|w|.
    yield Case(given(normal(gen, (10, 30), spread=(-3.0, 3.0))),
               note="rows of magnitudes 1e-3 to 1e3: one scale for the whole tensor zeroes the small rows",
               note_zh="各行的量级从 1e-3 到 1e3：整个张量只用一个 scale 会把小的行都量化成 0")
    negative = normal(gen, (8, 25))
    negative[np.arange(8), gen.integers(0, 25, 8)] = -4 * np.abs(negative).max(axis=1)
    negative[:3] = -np.abs(negative[:3])
    yield Case(given(negative), note="each row's largest magnitude is negative, three rows all negative: "
                                     "scale = max|w| / 127, not max(w) / 127",
               note_zh="每行绝对值最大的元素都是负数，其中三行全为负：scale = max|w| / 127，不是 max(w) / 127")
    yield Case(given(grid(gen, 6, (20,), f32, negative_max=1.0, mantissa=(1, 64)), -2),
               note="float32, axis = -2: each row's largest magnitude is -127 * scale",
               note_zh="float32，axis = -2：每行绝对值最大的元素都是 -127 * scale")

    # The axis.
    yield Case(given(normal(gen, (7, 33), axis=1), 1), note="(7, 33), axis = 1: one scale per column, 33 of them",
               note_zh="(7, 33)，axis = 1：每列一个 scale，共 33 个")
    yield Case(given(normal(gen, (24, 24), f32, axis=1, spread=(-2.0, 2.0)), -1),
               note="(24, 24), float32, axis = -1: square, so a scale per row instead has the right shape",
               note_zh="(24, 24)，float32，axis = -1：方阵，按行算 scale 形状也对")
    yield Case(given(normal(gen, (16, 16), spread=(-2.0, 2.0))),
               note="(16, 16), axis not passed (0): square, a scale per column has the right shape",
               note_zh="(16, 16)，不传 axis（即 0）：方阵，按列算 scale 形状也对")
    yield Case(given(normal(gen, (4, 6, 5), axis=1), 1),
               note="3-D (4, 6, 5), axis = 1: each of the 6 scales reduces over axes 0 and 2",
               note_zh="三维 (4, 6, 5)，axis = 1：6 个 scale 各自在轴 0 和 2 上取最大值")
    yield Case(given(grid(gen, 5, (3, 4), f32, axis=2, mantissa=(1, 256)), -1),
               note="3-D (3, 4, 5), float32, axis = -1, w / scale exactly j / 2",
               note_zh="三维 (3, 4, 5)，float32，axis = -1，w / scale 恰好是 j / 2")
    yield Case(given(zero_channels(normal(gen, (6, 3, 2, 4)), gen, 0.3)),
               note="4-D (6, 3, 2, 4), axis not passed: a conv weight (out, in, kh, kw), one scale per output channel",
               note_zh="四维 (6, 3, 2, 4)，不传 axis：卷积权重 (out, in, kh, kw)，每个输出通道一个 scale")
    yield Case(given(normal(gen, (5, 2, 7, 3), f32, axis=2), 2), note="4-D (5, 2, 7, 3), float32, axis = 2",
               note_zh="四维 (5, 2, 7, 3)，float32，axis = 2")

    # The range.
    tiny = normal(gen, (6, 50))
    tiny[:3] *= 1e-6 / np.abs(tiny[:3]).max(axis=1, keepdims=True)
    tiny[3:] *= MAX_ABS / np.abs(tiny[3:]).max(axis=1, keepdims=True)
    yield Case(given(tiny.astype(f32)), note="float32, rows with max|w| = 1e-6 (the minimum) and = 1e4 (the maximum)",
               note_zh="float32，max|w| = 1e-6（最小）和 = 1e4（最大）的行")

    # The maxima.
    yield Case(given(zero_channels(normal(gen, (512, 512), f32, spread=(-2.0, 1.0)), gen, 0.01)),
               note="max: 2^18 elements, (512, 512) float32, a few zero rows",
               note_zh="最大：2^18 个元素，(512, 512) float32，有几行为 0")
    yield Case(given(grid(gen, 256, (1024,), axis=1, mantissa=(1, 2**12)), 1),
               note="max: 2^18 elements, (1024, 256) float64, axis = 1, w / scale exactly j / 2",
               note_zh="最大：2^18 个元素，(1024, 256) float64，axis = 1，w / scale 恰好是 j / 2")
    yield Case(given(grid(gen, 64, (64, 64), f32, axis=2, mantissa=(1, 512)), -1),
               note="max: 2^18 elements, (64, 64, 64) float32, axis = -1, w / scale exactly j / 2",
               note_zh="最大：2^18 个元素，(64, 64, 64) float32，axis = -1，w / scale 恰好是 j / 2")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    w, axis = given["w"], given.get("axis", 0)
    assert isinstance(w, np.ndarray) and w.dtype in (f32, f64), "w is a float32 or float64 NumPy array"
    assert 1 <= w.ndim <= 4 and 1 <= w.size <= MAX_SIZE, "1 to 4 axes, 1 to 2^18 elements"
    assert isinstance(axis, int) and -w.ndim <= axis < w.ndim, "axis is an int naming one of w's axes"
    assert np.isfinite(w).all() and (np.abs(w) <= MAX_ABS).all(), "finite, |w| <= 1e4"
    top = np.abs(np.moveaxis(w, axis, 0)).reshape(w.shape[axis], -1).max(axis=1)
    assert ((top == 0) | (top >= MIN_CHANNEL_MAX)).all(), "a channel's max|w| is 0 or >= 1e-6"


SIZES = (16_384, 32_768, 65_536, 131_072, MAX_SIZE)  # for `compare`: elements of w, in rows of 256 (float32)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return given(normal(gen, (n // 256, 256), f32))
