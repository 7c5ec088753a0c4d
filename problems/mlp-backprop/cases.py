"""Hidden tests for mlp-backprop: the edges, one case (or more) per classic mistake, the stability cases in both
dtypes, then seeded cases at the maxima.

The ReLU's kink decides the gradient wherever a pre-activation z = x @ w1.T + b1 is exactly 0, and a z that
rounding pushes across 0 flips a whole row of dz: so the float32 cases put x, w1 and b1 on dyadic grids (x in
steps of 1/8 up to 4, w1 in steps of 1/64 up to 1/2, b1 in steps of 1/512 up to 1), where every product and sum
of the first layer is exact in float32 (numerators below 2^24) and a float32 solution gets the reference's relu
mask; the float64 cases are continuous, with no z within 10^-12 of the largest |z| of 0 unless exactly 0
(validate() checks both). The relu'(0) cases are small integers, where many z are exactly 0.0 in both dtypes.
Inputs have no exploitable structure otherwise: random, D, H, C and N all different (except one case where they
are equal on purpose), non-zero biases, targets drawn at random (some classes absent).

The classic mistakes and the cases that catch them (each off by far more than the tolerance):
- relu'(0) = 1 (a mask z >= 0): the small-integer cases (a fifth of the z are exactly 0), the dead-ReLU case
  (every z <= 0, a third exactly 0: the true dw1, db1 and dw2 are all 0);
- the relu mask from h >= 0 (all ones): every case with a negative z;
- the gradients not divided by N, or the loss a sum: every case with N > 1 (off by a factor N);
- the loss divided by N * C (np.mean over the one-hot product): every case with C > 1;
- dlogits without the one-hot subtracted, or the softmax over the batch axis: every case;
- dw1 transposed to (D, H), dw2 to (H, C), or the bias gradients summed over the hidden/class axis: a wrong shape
  wherever D != H, C != H, N != H or N != C; the one case with N = D = H = C keeps the shapes and is far off in
  value;
- the softmax not stabilised: logits up to ~10^3 in float64 (exp overflows past 709) and up to ~300 in float32
  (past 88.7); one max for the whole batch: rows near +900 beside rows near -900 (float64), +-60 (float32), whose
  exps all underflow to 0; log(softmax): targets 10^3 below their row's max, where the probability is 0;
- float32 promotion (float64 gradients for float32 inputs): every float32 case;
- an input modified in place (checked on every case).
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

ARRAYS = ("x", "w1", "b1", "w2", "b2")
MAX_N, MAX_D, MAX_H, MAX_C = 1024, 256, 256, 128
X_STEP, W1_STEP, B1_STEP = 1 / 8, 1 / 64, 1 / 512  # the float32 grids (exact first layer)
f32, f64 = np.float32, np.float64


def net(x, y, w1, b1, w2, b2, dtype=f64):
    """A case's input: the five arrays in `dtype`, y as int64."""
    arrays = {name: np.asarray(a, dtype=f64).astype(dtype) for name, a in zip(ARRAYS, (x, w1, b1, w2, b2))}
    return {**arrays, "y": np.asarray(y, dtype=np.int64)}


def hidden_activations(x, w1, b1):
    return np.maximum(x @ w1.T + b1, 0.0)


def pre_activations(given):
    """z = x @ w1.T + b1 in float64 (exact for every case's first layer in its own dtype)."""
    return given["x"].astype(f64) @ given["w1"].astype(f64).T + given["b1"].astype(f64)


def zeros(given):
    """The share of the pre-activations that are exactly 0, for the notes: "12% of the z exactly 0"."""
    return f"{float(np.mean(pre_activations(given) == 0)):.0%} of the z exactly 0"


def zeros_zh(given):
    """zeros() in Chinese, for the notes' note_zh: "12% 的 z 恰好为 0"."""
    return f"{float(np.mean(pre_activations(given) == 0)):.0%} 的 z 恰好为 0"


def largest_logit(given):
    logits = np.maximum(pre_activations(given), 0.0) @ given["w2"].astype(f64).T + given["b2"].astype(f64)
    return f"{float(np.abs(logits).max()):.0f}"


def second_layer(gen, h, c, spread=3.0, bias=1.0):
    """w2 (C, H) scaled so the logits' standard deviation is about `spread`, and b2 ~ N(0, bias)."""
    w2 = gen.normal(0.0, 1.0, (c, h.shape[1]))
    size = float(np.std(h @ w2.T)) or 1.0
    return w2 * (spread / size), gen.normal(0.0, bias, c)


def continuous(gen, n, d, hidden, c, *, spread=3.0, bias=1.0):
    """float64 inputs: x ~ N(0, 1), w1 ~ N(0, 1/D), b1 ~ N(0, 0.5), the second layer by second_layer()."""
    x = gen.normal(0.0, 1.0, (n, d))
    w1 = gen.normal(0.0, 1.0 / np.sqrt(d), (hidden, d))
    b1 = gen.normal(0.0, 0.5, hidden)
    w2, b2 = second_layer(gen, hidden_activations(x, w1, b1), c, spread, bias)
    return net(x, gen.integers(0, c, n), w1, b1, w2, b2)


def dyadic(gen, n, d, hidden, c, *, spread=3.0, bias=1.0, dtype=f32):
    """Inputs whose first layer is exact in float32: x, w1, b1 on the dyadic grids; w2 and b2 continuous."""
    x = gen.integers(-32, 33, (n, d)) * X_STEP
    w1 = gen.integers(-32, 33, (hidden, d)) * W1_STEP
    b1 = gen.integers(-512, 513, hidden) * B1_STEP
    w2, b2 = second_layer(gen, hidden_activations(x, w1, b1), c, spread, bias)
    return net(x, gen.integers(0, c, n), w1, b1, w2, b2, dtype)


def integers(gen, n, d, hidden, c, dtype=f64, *, bound=2, spread=2.0):
    """Small integers in x, w1 and b1 (|value| <= bound): about a fifth of the z are exactly 0."""
    x = gen.integers(-bound, bound + 1, (n, d))
    w1 = gen.integers(-bound, bound + 1, (hidden, d))
    b1 = gen.integers(-bound, bound + 1, hidden)
    w2, b2 = second_layer(gen, hidden_activations(x, w1, b1), c, spread)
    return net(x, gen.integers(0, c, n), w1, b1, w2, b2, dtype)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    yield from edges(gen)
    yield from kinks(gen)
    yield from formula(gen)
    yield from stability(gen)
    yield from maxima(gen)


def edges(gen):
    yield Case(net([[1.5]], [1], [[2.0]], [-1.0], [[0.5], [-1.0]], [0.25, 0.0]),
               note="the smallest: N = D = H = 1, C = 2, z = 2 > 0",
               note_zh="最小的输入：N = D = H = 1，C = 2，z = 2 > 0")
    yield Case(net([[0.5, -1.0, 2.0]], [2], [[1.0, 0.5, -0.25], [-0.5, 0.0, 1.0]], [0.25, -0.5],
                   [[0.5, -1.0], [1.0, 0.25], [-0.75, 0.5], [0.0, 2.0]], [0.1, -0.2, 0.3, 0.0], f32),
               note="one example (N = 1), float32: no averaging to get wrong, shapes D = 3, H = 2, C = 4",
               note_zh="一个样本（N = 1），float32：没有可以算错的平均，形状 D = 3，H = 2，C = 4")
    yield Case(net(gen.normal(0, 1, (5, 4)), [0, 0, 0, 0, 0], gen.normal(0, 0.5, (3, 4)), gen.normal(0, 0.5, 3),
                   gen.normal(0, 1, (1, 3)), [0.7]),
               note="one class (C = 1): the loss is 0 and every gradient is 0",
               note_zh="只有一个类别（C = 1）：损失为 0，每个梯度都为 0")
    x = gen.integers(0, 2, (6, 5))
    x[2] = 0
    w1 = -gen.integers(0, 2, (7, 5))
    b1 = np.array([0, -1, 0, 0, 0, -1, 0])
    dead = net(x, gen.integers(0, 4, 6), w1, b1, gen.normal(0, 1, (4, 7)), gen.normal(0, 1, 4))
    yield Case(dead, note=f"a dead ReLU layer: every z <= 0, {zeros(dead)}: dw1, db1 and dw2 are all 0, only db2 "
                          "is not; relu'(0) = 1 (or a mask h >= 0) makes them non-zero",
                     note_zh=f"一个死 ReLU 层：所有 z <= 0，{zeros_zh(dead)}：dw1、db1 和 dw2 全为 0，只有 db2 不是；"
                             f"取 relu'(0) = 1（或用掩码 h >= 0）会让它们不为 0")


def kinks(gen):
    for n, d, hidden, c, dtype, bound in ((12, 4, 9, 5, f64, 1), (40, 6, 15, 7, f32, 1), (300, 8, 33, 10, f64, 2)):
        given = integers(gen, n, d, hidden, c, dtype, bound=bound)
        yield Case(given, note=f"relu'(0) = 0: integers in [-{bound}, {bound}], {zeros(given)} ({dtype.__name__}, "
                               f"N = {n}, D = {d}, H = {hidden}, C = {c})",
                          note_zh=f"relu'(0) = 0：[-{bound}, {bound}] 内的整数，{zeros_zh(given)}（{dtype.__name__}，"
                                  f"N = {n}，D = {d}，H = {hidden}，C = {c}）")
    x = gen.integers(-4, 5, (64, 12)) / 4
    w1 = gen.integers(-4, 5, (20, 12)) / 8
    b1 = gen.integers(-8, 9, 20) / 16
    w2, b2 = second_layer(gen, hidden_activations(x, w1, b1), 6)
    given = net(x, gen.integers(0, 6, 64), w1, b1, w2, b2, f32)
    yield Case(given, note=f"relu'(0) = 0: quarters, eighths and sixteenths (exact in float32), {zeros(given)}",
                      note_zh=f"relu'(0) = 0：四分之一、八分之一和十六分之一的倍数（在 float32 中精确），{zeros_zh(given)}")


def formula(gen):
    yield Case(continuous(gen, 37, 11, 23, 5),
               note="N = 37: gradients not divided by N (or a summed loss) are 37 times too large; D != H != C",
               note_zh="N = 37：没有除以 N 的梯度（或求和的损失）会大 37 倍；D != H != C")
    yield Case(dyadic(gen, 64, 20, 48, 10), note="float32, N = 64, D = 20, H = 48, C = 10",
               note_zh="float32，N = 64，D = 20，H = 48，C = 10")
    yield Case(continuous(gen, 8, 8, 8, 8),
               note="N = D = H = C = 8: a transposed gradient or a bias summed over the wrong axis keeps the right "
                    "shape here; its values are far off",
               note_zh="N = D = H = C = 8：转置了的梯度或在错误的轴上求和的偏置梯度在这里形状仍然正确，值却差得很远")
    yield Case(dyadic(gen, 8, 8, 8, 8), note="N = D = H = C = 8, float32",
               note_zh="N = D = H = C = 8，float32")
    yield Case(continuous(gen, 100, 3, 64, 2, spread=1.0, bias=2.0),
               note="binary (C = 2), wide hidden layer H = 64, D = 3, N = 100, biases far from 0",
               note_zh="二分类（C = 2），宽隐藏层 H = 64，D = 3，N = 100，偏置远离 0")
    yield Case(continuous(gen, 16, 40, 5, 30, spread=0.5),
               note="narrow hidden layer H = 5, D = 40, C = 30 (most classes absent from the targets), N = 16",
               note_zh="窄隐藏层 H = 5，D = 40，C = 30（大多数类别不出现在目标中），N = 16")
    yield Case(dyadic(gen, 50, 7, 31, 13, spread=12.0, bias=3.0),
               note="float32, confident logits (spread 12): probabilities near 0 and 1",
               note_zh="float32，置信度很高的 logits（spread 12）：概率接近 0 和 1")
    yield Case(confident(gen, 32, 16, 24, 6),
               note="float32, every target is its row's argmax by a wide margin: the loss is near 0, where "
                    "float32 needs the absolute tolerance",
               note_zh="float32，每个目标都以很大的差距是该行的 argmax：损失接近 0，此时 float32 要靠绝对容差")



def confident(gen, n, d, hidden, c, gap=15.0):
    """float32 inputs whose targets are their rows' argmax by at least `gap`: 4n rows drawn, the n with the widest
    margins over the runner-up kept, the second layer scaled so that the narrowest is `gap`: every loss is at most
    about (C - 1) exp(-gap)."""
    case = dyadic(gen, 4 * n, d, hidden, c, spread=2.0)
    logits = np.maximum(pre_activations(case), 0.0) @ case["w2"].astype(f64).T + case["b2"].astype(f64)
    top = np.sort(logits, axis=1)
    kept = np.argsort(top[:, -2] - top[:, -1])[:n]
    scale = gap / float((top[kept, -1] - top[kept, -2]).min())
    case["x"] = case["x"][kept]
    case["w2"], case["b2"] = ((case[name].astype(f64) * scale).astype(f32) for name in ("w2", "b2"))
    case["y"] = logits[kept].argmax(axis=1).astype(np.int64)
    return case


def stability(gen):
    given = continuous(gen, 40, 10, 20, 8, spread=400.0, bias=300.0)
    yield Case(given, note=f"logits up to {largest_logit(given)} (float64): exp(logits) overflows past 709 without "
                           "the max subtracted, and targets 10^3 below their row's max make log(softmax) log(0)",
                      note_zh=f"logits 可达 {largest_logit(given)}（float64）：不减去最大值，exp(logits) 超过 709 就会上溢；"
                              f"目标比该行最大值低 10^3 时，log(softmax) 会变成 log(0)")
    given = dyadic(gen, 40, 10, 20, 8, spread=120.0, bias=60.0)
    yield Case(given, note=f"logits up to {largest_logit(given)} (float32): exp overflows past 88.7 in float32 "
                           "without the max subtracted",
                      note_zh=f"logits 可达 {largest_logit(given)}（float32）：不减去最大值，float32 中 exp 超过 88.7 就会上溢")
    yield Case(split_rows(gen, 30, 6, 12, 5, 900.0, f64),
               note="rows of logits near +900 beside rows near -900 (float64): one max for the whole batch makes "
                    "every exp of the low rows underflow to 0",
               note_zh="logits 在 +900 附近的行与在 -900 附近的行同处一个 batch（float64）：整个 batch 共用一个最大值，"
                       "会让低的那些行的每个 exp 都下溢成 0")
    yield Case(split_rows(gen, 30, 6, 12, 5, 60.0, f32),
               note="rows of logits near +60 beside rows near -60 (float32): one max for the whole batch underflows "
                    "(exp(-120) is 0 in float32)",
               note_zh="logits 在 +60 附近的行与在 -60 附近的行同处一个 batch（float32）：整个 batch 共用一个最大值会下溢"
                       "（exp(-120) 在 float32 中为 0）")


def split_rows(gen, n, d, hidden, c, level, dtype):
    """Rows whose logits sit near +level or near -level: hidden unit 0 is 2 on half the rows (x[:, 0] = 4) and 0
    on the others, its w2 column lifts them by 2 * level, and b2 sits near -level. First layer on the grids."""
    x = gen.integers(-32, 33, (n, d)) * X_STEP
    x[:, 0] = np.where(gen.random(n) < 0.5, 4.0, 0.0)
    w1 = gen.integers(-32, 33, (hidden, d)) * W1_STEP
    w1[0] = 0.0
    w1[0, 0] = 0.5
    b1 = gen.integers(-512, 513, hidden) * B1_STEP
    b1[0] = 0.0
    h = hidden_activations(x, w1, b1)
    w2, _ = second_layer(gen, h, c, 2.0)
    w2[:, 0] = level + gen.normal(0.0, 1.0, c)
    b2 = -level + gen.normal(0.0, 1.0, c)
    return net(x, gen.integers(0, c, n), w1, b1, w2, b2, dtype)


def maxima(gen):
    yield Case(continuous(gen, MAX_N, MAX_D, MAX_H, MAX_C),
               note="max: N = 1024, D = 256, H = 256, C = 128, float64",
               note_zh="最大：N = 1024，D = 256，H = 256，C = 128，float64")
    yield Case(dyadic(gen, MAX_N, MAX_D, MAX_H, MAX_C), note="max: N = 1024, D = 256, H = 256, C = 128, float32",
               note_zh="最大：N = 1024，D = 256，H = 256，C = 128，float32")
    given = continuous(gen, MAX_N, 100, MAX_H, 40, spread=300.0, bias=100.0)
    yield Case(given, note=f"max N, logits up to {largest_logit(given)} (float64), D = 100, C = 40",
                      note_zh=f"最大的 N，logits 可达 {largest_logit(given)}（float64），D = 100，C = 40")
    given = integers(gen, MAX_N, 16, 200, 64, f32, bound=2)
    yield Case(given, note=f"max N, integers in [-2, 2], {zeros(given)} (float32), D = 16, H = 200, C = 64",
                      note_zh=f"最大的 N，[-2, 2] 内的整数，{zeros_zh(given)}（float32），D = 16，H = 200，C = 64")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    arrays = [given[name] for name in ARRAYS]
    x, w1, b1, w2, b2 = arrays
    y = given["y"]
    assert all(isinstance(a, np.ndarray) for a in arrays + [y]), "the inputs are NumPy arrays"
    assert x.dtype in (f32, f64) and all(a.dtype == x.dtype for a in arrays), "one dtype, float32 or float64"
    assert y.dtype == np.int64 and y.ndim == 1
    assert x.ndim == 2 and w1.ndim == 2 and w2.ndim == 2 and b1.ndim == 1 and b2.ndim == 1
    (n, d), (hidden, c) = x.shape, (w1.shape[0], w2.shape[0])
    assert 1 <= n <= MAX_N and 1 <= d <= MAX_D and 1 <= hidden <= MAX_H and 1 <= c <= MAX_C
    assert w1.shape == (hidden, d) and b1.shape == (hidden,) and w2.shape == (c, hidden) and b2.shape == (c,)
    assert y.shape == (n,) and ((0 <= y) & (y < c)).all(), "y holds classes in [0, C)"
    assert all(np.isfinite(a).all() for a in arrays)
    z = x.astype(f64) @ w1.astype(f64).T + b1.astype(f64)
    if x.dtype == f32:
        assert (x @ w1.T + b1 == z).all(), "float32 cases: the first layer is exact in float32"
    else:
        assert ((z == 0) | (np.abs(z) > 1e-12 * np.abs(z).max(initial=1.0))).all(), "no z rounds across 0"
    logits = np.maximum(z, 0.0) @ w2.astype(f64).T + b2.astype(f64)
    assert np.abs(logits).max() <= 3000.0, "|logits| <= 3000"


SIZES = (128, 256, 512, 1024, MAX_N)  # for `compare`: the batch size N, with D = H = 256 and C = 128 (float64)


def sized_input(rng, n):
    return continuous(kit.numpy_rng(rng), n, MAX_D, MAX_H, MAX_C)
