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
    yield Case({"x": np.array([5.0])}, np.array([1.0]), "one element")
    yield Case({"x": np.full(4, 7.0, f32)}, np.full(4, 0.25, f32), "equal entries give a uniform distribution (float32)")
    yield Case({"x": np.array([-INF, 0.0])}, np.array([0.0, 1.0]), "a -inf entry gets probability 0")
    yield Case({"x": np.array([1000, 1001, 1002], f32)}, exact([0, 1, 2], f32),
               "large entries, float32: exp overflows unless the max is subtracted")
    yield Case({"x": np.array([-1000.0, -1001.0, -1002.0])}, exact([0, -1, -2]),
               "very negative entries: every exp underflows to 0 unless the max is subtracted")
    yield Case({"x": np.array([88.0, 89.0, 90.0], f32)}, exact([0, 1, 2], f32),
               "float32 overflows past exp(88.7)")
    yield Case({"x": np.array([-INF, 1000.0, -INF, 999.0])}, exact([-INF, 1, -INF, 0]),
               "-inf entries next to large ones (subtracting the mean gives NaN)")
    yield Case({"x": np.array([-1e4, 0.0, 1e4])}, np.array([0.0, 0.0, 1.0]),
               "one row spanning the whole range")
    yield Case({"x": np.array([[0.0, 1.0, 2.0], [1000.0, 1001.0, 1002.0], [-1000.0, -999.0, -998.0]])},
               np.stack([exact([0, 1, 2])] * 3), "rows of very different scales: one global max underflows a row")
    yield Case({"x": np.array([[3, -INF, -INF], [1, 2, -INF], [1, 2, 3]], f32)},
               note="a causal mask of -inf, float32")
    yield Case({"x": gen.normal(0, 2, (4, 4)).astype(f32)}, note="square input, last axis: keepdims matters")
    yield Case({"x": gen.normal(0, 2, (3, 5)), "axis": 0}, note="axis = 0 on a 3 x 5 matrix")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4)).astype(f32), "axis": 1}, note="axis = 1, the middle of three")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4, 5)), "axis": -2}, note="axis = -2 on 4-D")
    yield Case({"x": gen.normal(0, 2, (2, 3, 4)), "axis": 2}, note="axis = 2, positive, the last")
    yield Case({"x": gen.normal(0, 2, 6).astype(f32), "axis": 0}, note="axis = 0 on 1-D")
    yield Case({"x": with_masked(gen, gen.normal(0, 3, (1000, 1000)), -1).astype(f32)},
               note="max size 10^6: 1000 rows of 1000 with -inf entries, float32")
    yield Case({"x": gen.normal(0, 10, MAX_SIZE)}, note="max size: one row of 10^6, float64")
    yield Case({"x": gen.normal(0, 5, (4, 250, 1000)).astype(f32), "axis": 1},
               note="max size 10^6, axis = 1 of (4, 250, 1000), float32")
    offsets = gen.uniform(-9000, 9000, (1, 1000))
    yield Case({"x": np.clip(gen.normal(0, 50, (1000, 1000)) + offsets, -MAX_ABS, MAX_ABS), "axis": 0},
               note="max size 10^6, axis = 0, columns at very different scales, float64")
    yield Case({"x": (gen.normal(0, 3, (4, 8, 125, 250)) + 2000).astype(f32)},
               note="max size 10^6, 4-D, entries near 2000, float32")
    yield Case({"x": near_the_bound(gen, (1000, 100), -1).astype(f32)},
               note="float32 entries near +-10^4 with spread: a log-sum-exp rounded to float32 is off by ~1e-3")
    yield Case({"x": near_the_bound(gen, (100, 40, 25), 0).astype(f32), "axis": 0},
               note="float32 entries near +-10^4 with spread, axis = 0")
    yield Case({"x": np.array([-1e4, -INF, -9999.0, -INF])}, exact([-1, -INF, 0, -INF]),
               "-inf beside finite entries near -10^4: a finite fill such as -1e4 gives the masked ones weight")
    yield Case({"x": with_masked(gen, -MAX_ABS + gen.uniform(0, 20, (1000, 200)), -1)},
               note="-inf beside finite entries within 20 of -10^4, float64")
    yield Case({"x": with_masked(gen, -MAX_ABS + gen.uniform(0, 5, (200, 500)), 0).astype(f32), "axis": 0},
               note="-inf beside finite entries within 5 of -10^4, float32, axis = 0")


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
