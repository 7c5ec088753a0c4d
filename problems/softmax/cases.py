"""Hidden tests for softmax: pinned edge cases, then the classic mistakes, then seeded cases at the maxima.

Each classic mistake has a case that defeats it: no max subtraction ([1000, 1001, 1002] overflows, [-1000, ...]
underflows to 0/0), one global max (rows of different scales), subtracting the mean (-inf entries, wide rows),
a fixed axis (axis = 0, 1, -2), missing keepdims (square inputs with axis = -1), float32 promoted to float64, a
log-sum-exp computed in float32 (float32 entries near +-10^4, where float32's spacing is about 0.001), a finite
mask fill such as -1e4 (-inf beside finite entries near -10^4).
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_SIZE = 10**6
MAX_ABS = 10**4
INF = math.inf


def exact(values, dtype=np.float64):
    """softmax of a 1-D list computed with Python floats: a pinned answer independent of the reference."""
    top = max(values)
    e = [math.exp(v - top) for v in values]
    total = math.fsum(e)
    return np.array([v / total for v in e], dtype=dtype)


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    f32, f64 = np.float32, np.float64
    yield Case({"x": np.array([5.0])}, np.array([1.0]), "one element", note_zh="只有一个元素")
    yield Case({"x": np.full(4, 7.0, f32)}, np.full(4, 0.25, f32), "equal entries give a uniform distribution (float32)",
               note_zh="元素全部相等，得到均匀分布（float32）")
    yield Case({"x": np.array([-INF, 0.0])}, np.array([0.0, 1.0]), "a -inf entry gets probability 0",
               note_zh="-inf 元素的概率为 0")
    yield Case({"x": np.array([1000, 1001, 1002], f32)}, exact([0, 1, 2], f32),
               "large entries, float32: exp overflows unless the max is subtracted",
               note_zh="元素很大，float32：不减去最大值，exp 就会上溢")
    yield Case({"x": np.array([-1000.0, -1001.0, -1002.0])}, exact([0, -1, -2]),
               "very negative entries: every exp underflows to 0 unless the max is subtracted",
               note_zh="元素都是绝对值很大的负数：不减去最大值，每个 exp 都会下溢成 0")
    yield Case({"x": np.array([88.0, 89.0, 90.0], f32)}, exact([0, 1, 2], f32),
               "float32 overflows past exp(88.7)", note_zh="float32 超过 exp(88.7) 就会上溢")
    yield Case({"x": np.array([-INF, 1000.0, -INF, 999.0])}, exact([-INF, 1, -INF, 0]),
               "-inf entries next to large ones (subtracting the mean gives NaN)",
               note_zh="-inf 元素与很大的元素相邻（减去均值会得到 NaN）")
    yield Case({"x": np.array([-1e4, 0.0, 1e4])}, np.array([0.0, 0.0, 1.0]),
               "one row spanning the whole range", note_zh="一行的取值横跨整个范围")
    yield Case({"x": np.array([[0.0, 1.0, 2.0], [1000.0, 1001.0, 1002.0], [-1000.0, -999.0, -998.0]])},
               np.stack([exact([0, 1, 2])] * 3), "rows of very different scales: one global max underflows a row",
               note_zh="各行尺度相差很大：只用一个全局最大值会让某一行下溢")
    yield Case({"x": np.array([[3, -INF, -INF], [1, 2, -INF], [1, 2, 3]], f32)},
               note="a causal mask of -inf, float32", note_zh="由 -inf 构成的因果掩码（mask），float32")
    yield Case({"x": gen.normal(0, 2, (4, 4)).astype(f32)}, note="square input, last axis: keepdims matters",
               note_zh="方阵输入，最后一个轴：keepdims 很关键")
    yield Case({"x": gen.normal(0, 2, (3, 5)), "axis": 0}, note="axis = 0 on a 3 x 5 matrix",
               note_zh="3 x 5 矩阵上的 axis = 0")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4)).astype(f32), "axis": 1}, note="axis = 1, the middle of three",
               note_zh="axis = 1，三个轴中间的那个")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4, 5)), "axis": -2}, note="axis = -2 on 4-D", note_zh="4 维输入上的 axis = -2")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4)), "axis": 2}, note="axis = 2, positive, the last",
               note_zh="axis = 2，正数写法，即最后一个轴")
    yield Case({"x": gen.normal(0, 2, 6).astype(f32), "axis": 0}, note="axis = 0 on 1-D", note_zh="1 维输入上的 axis = 0")
    yield Case({"x": with_masked(gen, gen.normal(0, 3, (1000, 1000)), -1).astype(f32)},
               note="max size 10^6: 1000 rows of 1000 with -inf entries, float32",
               note_zh="最大规模 10^6：1000 行，每行 1000 个，含 -inf 元素，float32")
    yield Case({"x": gen.normal(0, 10, MAX_SIZE)}, note="max size: one row of 10^6, float64",
               note_zh="最大规模：一行 10^6 个元素，float64")
    yield Case({"x": gen.normal(0, 5, (4, 250, 1000)).astype(f32), "axis": 1},
               note="max size 10^6, axis = 1 of (4, 250, 1000), float32",
               note_zh="最大规模 10^6，形状 (4, 250, 1000) 的 axis = 1，float32")
    offsets = gen.uniform(-9000, 9000, (1, 1000))
    yield Case({"x": np.clip(gen.normal(0, 50, (1000, 1000)) + offsets, -MAX_ABS, MAX_ABS), "axis": 0},
               note="max size 10^6, axis = 0, columns at very different scales, float64",
               note_zh="最大规模 10^6，axis = 0，各列尺度相差很大，float64")
    yield Case({"x": (gen.normal(0, 3, (4, 8, 125, 250)) + 2000).astype(f32)},
               note="max size 10^6, 4-D, entries near 2000, float32", note_zh="最大规模 10^6，4 维，元素在 2000 附近，float32")
    yield Case({"x": near_the_bound(gen, (1000, 100), -1).astype(f32)},
               note="float32 entries near +-10^4 with spread: a log-sum-exp rounded to float32 is off by ~1e-3",
               note_zh="float32 元素在 +-10^4 附近、有一定波动：舍入到 float32 的 log-sum-exp 误差约为 1e-3")
    yield Case({"x": near_the_bound(gen, (100, 40, 25), 0).astype(f32), "axis": 0},
               note="float32 entries near +-10^4 with spread, axis = 0", note_zh="float32 元素在 +-10^4 附近、有一定波动，axis = 0")
    yield Case({"x": np.array([-1e4, -INF, -9999.0, -INF])}, exact([-1, -INF, 0, -INF]),
               "-inf beside finite entries near -10^4: a finite fill such as -1e4 gives the masked ones weight",
               note_zh="-inf 与 -10^4 附近的有限元素并存：用 -1e4 这样的有限值填充，被掩码的元素也会分到权重")
    yield Case({"x": with_masked(gen, -MAX_ABS + gen.uniform(0, 20, (1000, 200)), -1)},
               note="-inf beside finite entries within 20 of -10^4, float64",
               note_zh="-inf 与距 -10^4 不超过 20 的有限元素并存，float64")
    yield Case({"x": with_masked(gen, -MAX_ABS + gen.uniform(0, 5, (200, 500)), 0).astype(f32), "axis": 0},
               note="-inf beside finite entries within 5 of -10^4, float32, axis = 0",
               note_zh="-inf 与距 -10^4 不超过 5 的有限元素并存，float32，axis = 0")


def near_the_bound(gen, shape, axis):
    """Each slice along `axis` centred at +-(8200 to 9990), a random sign each, with spread 3, clipped to +-10^4."""
    centres_shape = list(shape)
    centres_shape[axis] = 1
    centres = gen.uniform(8200, 9990, centres_shape) * gen.choice([-1.0, 1.0], centres_shape)
    return np.clip(centres + gen.normal(0, 3, shape), -MAX_ABS, MAX_ABS)


def with_masked(gen, x, axis):
    """Set about 20% of the entries to -inf, keeping each slice's first entry finite."""
    x = x.copy()
    masked = gen.random(x.shape) < 0.2
    first = [slice(None)] * x.ndim
    first[axis] = 0
    masked[tuple(first)] = False
    x[masked] = -INF
    return x


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, axis = given["x"], given.get("axis", -1)
    assert isinstance(x, np.ndarray) and x.dtype in (np.float32, np.float64), "x is a float32 or float64 array"
    assert 1 <= x.ndim <= 4 and 1 <= x.size <= MAX_SIZE
    assert isinstance(axis, int) and -x.ndim <= axis < x.ndim
    finite = np.isfinite(x)
    assert np.all(finite | np.isneginf(x)), "entries are finite or -inf"
    assert np.all(np.abs(x[finite]) <= MAX_ABS)
    assert np.all(finite.any(axis=axis)), "every slice along axis has a finite entry"


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_SIZE)  # for `compare`: x.size, rows of 250 (float64)


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return {"x": gen.normal(0, 3, (n // 250, 250))}
