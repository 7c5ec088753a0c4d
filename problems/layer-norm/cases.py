"""Hidden tests for layer-norm: edge cases, one case per classic mistake, then seeded cases at the maxima.

Every group (the slice over the normalised axes at one leading index) is drawn with its own mean and standard
deviation, set exactly, and within a group each row of the last axis has its own offset: statistics over the
wrong axes, over the whole of x, or over the last axis alone all give other numbers. Weights are near 1 and biases
near 0, random per element, so forgetting either, swapping them or applying them transposed shows. The mistakes
and their cases: the unbiased variance (groups of 2 and 3, off by sqrt(2) and sqrt(3/2)); eps outside the root
(std ~1e-3 to 1e-4, where sqrt(var + eps) is several times sqrt(var) + eps); the one-pass E[x^2] - E[x]^2 (float32
groups with |mean| ~ 10^3 and std 1, float64 groups with |mean| ~ 10^5 and std 1); no eps (groups of one element
and constant groups: 0/0).
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import numpy_rng

MAX_SIZE = 2**20
MAX_ABS = 1e6
MAX_PARAM = 10
MAX_MEAN_F32 = 1e3
# In a group that is not constant, |mean| <= RATIO * std: float32 arithmetic (as torch computes it) is then
# accurate to ~1e-4 of the largest |output|, float64 to ~1e-11.
RATIO = {np.dtype(np.float32): 1e3, np.dtype(np.float64): 1e5}
f32, f64 = np.float32, np.float64


def draw(gen, lead, shape, mean, std):
    """An array of shape lead + shape whose groups have exactly the given means and standard deviations (scalars
    or arrays of shape lead); the rows of the last axis within a group are offset from each other."""
    k = len(shape)
    axes = tuple(range(len(lead), len(lead) + k))
    z = gen.standard_normal(lead + shape)
    if k > 1:
        z = z + gen.normal(0, 1, lead + shape[:-1] + (1,))
    z = z - z.mean(axis=axes, keepdims=True)
    sd = z.std(axis=axes, keepdims=True)
    z = z / np.where(sd > 0, sd, 1)
    per_group = lead + (1,) * k
    return np.broadcast_to(mean, lead).reshape(per_group) + np.broadcast_to(std, lead).reshape(per_group) * z


def spread(gen, lead, scale=1.0):
    """Random per-group means (within 3 * scale of 0) and standard deviations (scale / e to scale * e)."""
    return scale * gen.uniform(-3, 3, lead), scale * np.exp(gen.uniform(-1, 1, lead))


def ln(gen, lead, shape, dtype, mean=None, std=None, *, weight=True, bias=True, eps=None, nones=False):
    """One case: x with groups of the given statistics (random ones by default), weight ~ N(1, 0.5) and
    bias ~ N(0, 0.5) of shape `shape` where asked; `nones` passes the missing ones as explicit None."""
    if mean is None:
        mean, std = spread(gen, lead)
    given = {"x": draw(gen, lead, shape, mean, std).astype(dtype), "normalized_shape": tuple(shape)}
    if weight:
        given["weight"] = gen.normal(1, 0.5, shape).astype(dtype)
    elif nones:
        given["weight"] = None
    if bias:
        given["bias"] = gen.normal(0, 0.5, shape).astype(dtype)
    elif nones:
        given["bias"] = None
    if eps is not None:
        given["eps"] = eps
    return given


def near(gen, lead, size):
    """Per-group means of random sign and magnitude between 0.95 * size and size, and standard deviations between
    1 and 1.05: |mean| stays under size * std, and the statistics are not round numbers (with an integer mean and a
    std of exactly 1, E[x^2] is an integer, which float32 may hit exactly)."""
    return gen.choice([-1.0, 1.0], lead) * gen.uniform(0.95 * size, size, lead), gen.uniform(1.0, 1.05, lead)


def hidden_cases(rng):
    gen = numpy_rng(rng)

    yield Case({"x": np.array([3.5]), "normalized_shape": (1,)}, np.array([0.0]),
               "the smallest: one element, no weight or bias: x - mean = 0",
               note_zh="最小：一个元素，没有 weight 和 bias：x - mean = 0")
    one = ln(gen, (4,), (1,), f32, gen.uniform(-100, 100, 4), 0.0)
    yield Case(one, np.broadcast_to(one["bias"], (4, 1)).astype(f32),
               "last dim 1: a group of one element normalises to 0, so the output is 0 * weight + bias (without eps, "
               "0/0), float32", note_zh="最后一维为 1：只有一个元素的组归一化后为 0，所以输出是 0 * weight + bias（没有 eps 时是 0/0），float32")
    yield Case(ln(gen, (2,), (3, 1), f64), note="normalized_shape (3, 1): groups of 3, while the last axis alone has "
                                                "1 element (which gives all zeros)",
               note_zh="normalized_shape (3, 1)：每组 3 个元素，而单看最后一个轴只有 1 个元素（那样会得到全零）")
    yield Case(ln(gen, (), (7,), f64), note="1-D x, one group of 7", note_zh="1 维 x，一组 7 个")
    yield Case(ln(gen, (5,), (3,), f64), note="groups of 3: the unbiased variance (ddof = 1) is off by sqrt(3/2)",
               note_zh="每组 3 个：无偏方差（ddof = 1）会差 sqrt(3/2) 倍")
    yield Case(ln(gen, (6,), (2,), f32), note="groups of 2, float32: the unbiased variance is off by sqrt(2)",
               note_zh="每组 2 个，float32：无偏方差会差 sqrt(2) 倍")
    yield Case(ln(gen, (3,), (4, 5), f64),
               note="normalized_shape (4, 5): statistics over the last two axes, not the last alone",
               note_zh="normalized_shape (4, 5)：统计量在最后两个轴上求，而不只是最后一个轴")
    yield Case(ln(gen, (2,), (3, 4, 5), f32), note="normalized_shape (3, 4, 5) of a 4-D x, float32",
               note_zh="4 维 x，normalized_shape (3, 4, 5)，float32")
    yield Case(ln(gen, (2, 3, 4), (8,), f32), note="4-D x, normalized over the last axis only, float32",
               note_zh="4 维 x，只对最后一个轴归一化，float32")
    yield Case(ln(gen, (), (4, 5), f64), note="normalized_shape is x's whole shape (4, 5): one group",
               note_zh="normalized_shape 是 x 的完整形状 (4, 5)：只有一组")
    yield Case(ln(gen, (), (3, 4, 6), f32), note="normalized_shape is x's whole shape (3, 4, 6), float32",
               note_zh="normalized_shape 是 x 的完整形状 (3, 4, 6)，float32")
    yield Case(ln(gen, (3, 4), (16,), f64, gen.uniform(-300, 300, (3, 4)), np.exp(gen.uniform(-4, 4, (3, 4)))),
               note="groups at very different offsets and scales: statistics over the whole of x are wrong",
               note_zh="各组的偏移和尺度相差很大：在整个 x 上求统计量是错的")
    yield Case(ln(gen, (6,), (6,), f64), note="square x (6, 6): statistics without keepdims, or a weight along the "
                                              "rows, broadcast without an error and are wrong",
               note_zh="方阵 x (6, 6)：不加 keepdims 的统计量，或沿行方向的 weight，都能无报错地广播，但结果是错的")
    yield Case(ln(gen, (3,), (5, 5), f32),
               note="normalized_shape (5, 5) with a non-symmetric weight: weight.T runs without an error, float32",
               note_zh="normalized_shape (5, 5)，weight 不对称：weight.T 不会报错，float32")
    yield Case(ln(gen, (4,), (10,), f64, weight=False, bias=False, nones=True), note="weight = bias = None",
               note_zh="weight = bias = None")
    yield Case(ln(gen, (3,), (7,), f32, bias=False), note="weight without bias, float32",
               note_zh="有 weight、没有 bias，float32")
    yield Case(ln(gen, (3,), (7,), f64, weight=False), note="bias without weight: the bias is still added",
               note_zh="有 bias、没有 weight：bias 仍要加上")
    yield Case(ln(gen, (4,), (6,), f64, weight=False, bias=True, nones=True),
               note="weight = None passed explicitly, with a bias", note_zh="显式传入 weight = None，有 bias")
    yield Case(ln(gen, (4,), (6,), f64, eps=0.5), note="eps = 0.5: at unit variance eps changes every value",
               note_zh="eps = 0.5：在单位方差下，eps 会改变每个值")
    yield Case(ln(gen, (8,), (24,), f32, *spread(gen, (8,), 0.05), eps=1e-3),
               note="eps = 1e-3 with std ~0.05, float32", note_zh="eps = 1e-3，std 约 0.05，float32")
    yield Case(ln(gen, (8,), (64,), f32, *spread(gen, (8,), 1e-3)),
               note="tiny magnitudes (std ~1e-3), float32: sqrt(var + eps) is ~3x sqrt(var) + eps",
               note_zh="量级很小（std 约 1e-3），float32：sqrt(var + eps) 约为 sqrt(var) + eps 的 3 倍")
    yield Case(ln(gen, (2, 5), (32,), f64, *spread(gen, (2, 5), 1e-3), bias=False),
               note="tiny magnitudes (std ~1e-3), float64: eps belongs inside the square root",
               note_zh="量级很小（std 约 1e-3），float64：eps 应放在根号里面")
    yield Case(ln(gen, (6,), (16,), f64, *spread(gen, (6,), 1e-4), eps=1e-8),
               note="tiny magnitudes (std ~1e-4) with eps = 1e-8", note_zh="量级很小（std 约 1e-4），eps = 1e-8")
    yield Case(ln(gen, (4,), (128,), f64, gen.uniform(-1e5, 1e5, 4), 1e5 * np.exp(gen.uniform(-1, 0.3, 4))),
               note="large magnitudes (std ~1e5), float64: the output does not depend on the scale",
               note_zh="量级很大（std 约 1e5），float64：输出与尺度无关")
    yield Case(ln(gen, (4,), (128,), f32, gen.uniform(-1e3, 1e3, 4), 1e5 * np.exp(gen.uniform(-1, 0.3, 4))),
               note="large magnitudes (std ~1e5), float32", note_zh="量级很大（std 约 1e5），float32")
    constant = ln(gen, (5,), (8,), f64)
    constant["x"][1], constant["x"][3] = 3.7, -120.25
    yield Case(constant, note="constant groups (rows 1 and 3): variance 0, the output is the bias (0/0 without eps)",
               note_zh="常数组（第 1 行和第 3 行）：方差为 0，输出就是 bias（没有 eps 时是 0/0）")
    yield Case(ln(gen, (64,), (256,), f32, *near(gen, (64,), 999)),
               note="float32 groups with |mean| ~ 10^3 and std 1: the one-pass E[x^2] - E[x]^2 in float32 loses "
                    "every digit", note_zh="float32 的组，|mean| 约 10^3、std 为 1：在 float32 中一遍算 E[x^2] - E[x]^2 会丢掉全部有效数字")
    yield Case(ln(gen, (8,), (16, 32), f32, *near(gen, (8,), 999)),
               note="float32, normalized_shape (16, 32), |mean| ~ 10^3 and std 1: the one-pass variance again",
               note_zh="float32，normalized_shape (16, 32)，|mean| 约 10^3、std 为 1：一遍算方差的问题再次出现")
    yield Case(ln(gen, (32,), (256,), f64, *near(gen, (32,), 0.99e5)),
               note="float64 groups with |mean| ~ 10^5 and std 1: the one-pass variance, even in float64, is off by "
                    "~1e-6", note_zh="float64 的组，|mean| 约 10^5、std 为 1：即使在 float64 中，一遍算出的方差也会差约 1e-6")
    yield Case(ln(gen, (256,), (4096,), f32), note="max: x.size = 2^20, 256 groups of 4096, float32",
               note_zh="最大：x.size = 2^20，256 组，每组 4096 个，float32")
    yield Case(ln(gen, (4, 256), (1024,), f64), note="max: x (4, 256, 1024), groups of 1024, float64",
               note_zh="最大：x 为 (4, 256, 1024)，每组 1024 个，float64")
    yield Case(ln(gen, (8,), (32, 64, 64), f32), note="max: 4-D x, normalized_shape (32, 64, 64), float32",
               note_zh="最大：4 维 x，normalized_shape (32, 64, 64)，float32")
    yield Case(ln(gen, (), (MAX_SIZE,), f64, 2.0, 3.0, weight=False, bias=False),
               note="max: one group of 2^20 elements, float64", note_zh="最大：一组 2^20 个元素，float64")
    yield Case(ln(gen, (1024,), (1024,), f32, *near(gen, (1024,), 999)),
               note="max: 1024 float32 groups of 1024 with |mean| ~ 10^3 and std 1",
               note_zh="最大：1024 个 float32 的组，每组 1024 个，|mean| 约 10^3、std 为 1")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element).
    yield Case(ln(gen, (2, 3), (4,), f64), gradient=True, note="gradients: normalized_shape (4,), weight and bias",
               note_zh="梯度：normalized_shape (4,)，有 weight 和 bias")
    yield Case(ln(gen, (2,), (3, 4), f64), gradient=True, note="gradients: normalized_shape (3, 4)",
               note_zh="梯度：normalized_shape (3, 4)")
    yield Case(ln(gen, (3,), (5,), f64, weight=False, bias=False), gradient=True,
               note="gradients: no weight or bias, through the mean and the variance alone",
               note_zh="梯度：没有 weight 和 bias，只经过均值和方差")
    yield Case(ln(gen, (3,), (4,), f64, weight=False), gradient=True, note="gradients: bias without weight",
               note_zh="梯度：有 bias、没有 weight")
    yield Case(ln(gen, (2,), (6,), f32), gradient=True, note="gradients: float32", note_zh="梯度：float32")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, shape = given["x"], given["normalized_shape"]
    assert isinstance(x, np.ndarray) and x.dtype in (f32, f64), "x is a float32 or float64 array"
    assert 1 <= x.ndim <= 4 and 1 <= x.size <= MAX_SIZE
    assert np.isfinite(x).all() and np.abs(x).max() <= MAX_ABS
    assert isinstance(shape, (tuple, list)) and 1 <= len(shape) <= min(3, x.ndim)
    assert all(isinstance(n, int) and not isinstance(n, bool) for n in shape)
    assert tuple(shape) == x.shape[x.ndim - len(shape):], "normalized_shape is x's trailing shape"
    for name in ("weight", "bias"):
        p = given.get(name)
        if p is not None:
            assert isinstance(p, np.ndarray) and p.dtype == x.dtype and p.shape == tuple(shape)
            assert np.isfinite(p).all() and np.abs(p).max() <= MAX_PARAM
    eps = given.get("eps", 1e-5)
    assert isinstance(eps, float) and 1e-10 <= eps <= 1
    groups = x.astype(f64).reshape(-1, int(np.prod(shape)))
    mean, std = groups.mean(axis=1), groups.std(axis=1)
    assert np.all((std == 0) | (np.abs(mean) <= RATIO[x.dtype] * std)), "|mean| <= RATIO * std in every group"
    if x.dtype == f32:
        assert np.abs(mean).max() <= MAX_MEAN_F32


SIZES = (65_536, 131_072, 262_144, 524_288, MAX_SIZE)  # for `compare`: x.size, groups of 1024, float32


def sized_input(rng, n):
    gen = numpy_rng(rng)
    return ln(gen, (n // 1024,), (1024,), f32)
