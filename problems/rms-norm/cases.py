"""Hidden tests for rms-norm: edge cases, one case per classic mistake, then seeded cases at the maxima.

Every row has its own scale and its own non-zero mean (x = scale * (z + offset)), so subtracting the mean (layer
norm), one statistic for the whole of x, or the mean over axis 0 all give other numbers; weights are random near
1. The mistakes and their cases: eps outside the root (rms ~1e-3 to 1e-4, where sqrt(ms + eps) is ~1.4x or more
sqrt(ms) + eps); no eps (all-zero rows: 0/0); the sum instead of the mean (off by sqrt(d) everywhere but d = 1);
float32 promoted to float64 (the dtype of every float32 case); Gemma's (1 + weight) (any weight).
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import numpy_rng

MAX_SIZE = 2**20
MAX_ABS = 1e6
MAX_PARAM = 10
f32, f64 = np.float32, np.float64


def rms(gen, lead, d, dtype, scale=1.0, *, spread=1.0, weight=True, eps=None, nones=False):
    """One case: rows of d values, each row at its own scale (scale / e^spread to scale * e^spread) around its own
    offset (within 1.5 scale units of 0); weight ~ N(1, 0.5) of shape (d,) where asked; `nones` passes a missing
    weight as an explicit None."""
    rows = lead + (1,)
    scales = scale * np.exp(gen.uniform(-spread, spread, rows))
    x = np.clip(scales * (gen.standard_normal(lead + (d,)) + gen.uniform(-1.5, 1.5, rows)), -MAX_ABS, MAX_ABS)
    given = {"x": x.astype(dtype)}
    if weight:
        given["weight"] = gen.normal(1, 0.5, d).astype(dtype)
    elif nones:
        given["weight"] = None
    if eps is not None:
        given["eps"] = eps
    return given


def hidden_cases(rng):
    gen = numpy_rng(rng)

    yield Case({"x": np.array([3.0])}, note="the smallest: one element, no weight: 3 / sqrt(9 + 1e-6)",
               note_zh="最小：一个元素，没有 weight：3 / sqrt(9 + 1e-6)")
    one = {"x": np.array([[75.5], [-0.25], [1e-4], [-3e-4], [-8.0]], f32), "weight": np.array([1.5], f32)}
    yield Case(one, note="d = 1: x / |x| * weight, except where x^2 is near eps (1e-4 and -3e-4), float32",
               note_zh="d = 1：x / |x| * weight，x^2 接近 eps 处（1e-4 和 -3e-4）除外，float32")
    yield Case(rms(gen, (), 8, f64), note="1-D x, one row of 8", note_zh="1 维 x，一行 8 个")
    yield Case(rms(gen, (4,), 16, f32), note="4 rows of 16, float32", note_zh="4 行，每行 16 个，float32")
    yield Case(rms(gen, (6,), 32, f64, spread=0.0) | {"x": 3.0 + gen.standard_normal((6, 32))},
               note="rows with mean ~3 and std 1: subtracting the mean (that is layer norm) changes every value",
               note_zh="各行均值约为 3、标准差为 1：减去均值（那是 layer norm）会改变每个值")
    yield Case(rms(gen, (3, 4), 24, f64, spread=5.0),
               note="rows at very different scales (e^-5 to e^5): one RMS over the whole of x is wrong",
               note_zh="各行尺度相差很大（e^-5 到 e^5）：对整个 x 只求一个 RMS 是错的")
    yield Case(rms(gen, (16,), 16, f32), note="square x (16, 16), float32: the mean over axis 0, or without keepdims, "
                                              "runs without an error and is wrong",
               note_zh="方阵 x (16, 16)，float32：沿 axis 0 求均值，或不加 keepdims，都不会报错，但结果是错的")
    yield Case(rms(gen, (8,), 12, f64), note="8 rows of 12: the mean over axis 0 is another statistic",
               note_zh="8 行，每行 12 个：沿 axis 0 的均值是另一个统计量")
    yield Case(rms(gen, (2, 3, 4), 8, f32), note="4-D x, float32", note_zh="4 维 x，float32")
    yield Case(rms(gen, (3,), 8, f64, weight=False, nones=True), note="weight = None", note_zh="weight = None")
    yield Case(rms(gen, (5,), 10, f32, weight=False), note="no weight, float32", note_zh="没有 weight，float32")
    negative = rms(gen, (4,), 20, f64)
    negative["weight"] = gen.normal(0, 1, 20)
    yield Case(negative, note="weights around 0, some negative: Gemma's (1 + weight) is another layer",
               note_zh="weight 在 0 附近，有些为负：Gemma 的 (1 + weight) 是另一种层")
    yield Case(rms(gen, (8,), 64, f32, 1e-3), note="tiny magnitudes (rms ~1e-3), float32: eps inside the root makes "
                                                    "sqrt(ms + eps) ~1.4x sqrt(ms) + eps",
               note_zh="量级很小（rms 约 1e-3），float32：eps 在根号里时，sqrt(ms + eps) 约为 sqrt(ms) + eps 的 1.4 倍")
    yield Case(rms(gen, (2, 5), 32, f64, 1e-3), note="tiny magnitudes (rms ~1e-3), float64",
               note_zh="量级很小（rms 约 1e-3），float64")
    yield Case(rms(gen, (6,), 16, f64, 1e-4, eps=1e-8), note="tiny magnitudes (rms ~1e-4) with eps = 1e-8",
               note_zh="量级很小（rms 约 1e-4），eps = 1e-8")
    yield Case(rms(gen, (8,), 48, f32, 3e-3, eps=1e-5), note="eps = 1e-5 (LLaMA 2's) with rms ~3e-3, float32",
               note_zh="eps = 1e-5（LLaMA 2 的取值），rms 约 3e-3，float32")
    yield Case(rms(gen, (4,), 6, f64, eps=0.1), note="eps = 0.1: at unit scale eps changes every value",
               note_zh="eps = 0.1：在单位尺度下，eps 会改变每个值")
    zeros = rms(gen, (5,), 8, f64)
    zeros["x"][0], zeros["x"][3] = 0.0, 0.0
    yield Case(zeros, note="all-zero rows 0 and 3: 0 / sqrt(eps) = 0 (0/0 = NaN without eps)",
               note_zh="第 0 行和第 3 行全为零：0 / sqrt(eps) = 0（没有 eps 时 0/0 = NaN）")
    yield Case(rms(gen, (4,), 128, f64, 5e4), note="large magnitudes (rms ~5e4), float64: the output does not depend "
                                                   "on the scale", note_zh="量级很大（rms 约 5e4），float64：输出与尺度无关")
    yield Case(rms(gen, (4,), 128, f32, 5e4), note="large magnitudes (rms ~5e4), float32",
               note_zh="量级很大（rms 约 5e4），float32")
    yield Case(rms(gen, (256,), 4096, f32), note="max: x.size = 2^20, 256 rows of 4096, float32",
               note_zh="最大：x.size = 2^20，256 行，每行 4096 个，float32")
    yield Case(rms(gen, (4, 256), 1024, f64), note="max: x (4, 256, 1024), float64",
               note_zh="最大：x 为 (4, 256, 1024)，float64")
    yield Case(rms(gen, (2, 4, 128), 1024, f32), note="max: 4-D x (2, 4, 128, 1024), float32",
               note_zh="最大：4 维 x (2, 4, 128, 1024)，float32")
    yield Case(rms(gen, (), MAX_SIZE, f64, weight=False), note="max: one row of 2^20, float64",
               note_zh="最大：一行 2^20 个，float64")
    yield Case(rms(gen, (), MAX_SIZE, f32), note="max: one row of 2^20, float32: a running sum of the squares in float32 "
                                                  "drifts (NumPy's and PyTorch's pairwise sums do not)",
               note_zh="最大：一行 2^20 个，float32：在 float32 中逐项累加平方和会产生漂移（NumPy 和 PyTorch 的成对求和不会）")
    yield Case(rms(gen, (4096,), 256, f64), note="max: 4096 rows of 256, float64", note_zh="最大：4096 行，每行 256 个，float64")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element),
    # with row scales near 1 (spread 0.3), where the differences' step of 1e-3 is small against the rows.
    yield Case(rms(gen, (2, 3), 8, f64, spread=0.3), gradient=True, note="gradients: x (2, 3, 8) and weight",
               note_zh="梯度：x (2, 3, 8) 和 weight")
    yield Case(rms(gen, (4,), 5, f64, spread=0.3, weight=False), gradient=True,
               note="gradients: no weight, through the mean of squares alone", note_zh="梯度：没有 weight，只经过平方的均值")
    yield Case(rms(gen, (2,), 6, f32, spread=0.3), gradient=True, note="gradients: float32", note_zh="梯度：float32")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x = given["x"]
    assert isinstance(x, np.ndarray) and x.dtype in (f32, f64), "x is a float32 or float64 array"
    assert 1 <= x.ndim <= 4 and 1 <= x.size <= MAX_SIZE
    assert np.isfinite(x).all() and np.abs(x).max() <= MAX_ABS
    w = given.get("weight")
    if w is not None:
        assert isinstance(w, np.ndarray) and w.dtype == x.dtype and w.shape == x.shape[-1:]
        assert np.isfinite(w).all() and np.abs(w).max() <= MAX_PARAM
    eps = given.get("eps", 1e-6)
    assert isinstance(eps, float) and 1e-10 <= eps <= 1


SIZES = (65_536, 131_072, 262_144, 524_288, MAX_SIZE)  # for `compare`: x.size, rows of 1024, float32


def sized_input(rng, n):
    gen = numpy_rng(rng)
    return rms(gen, (n // 1024,), 1024, f32)
