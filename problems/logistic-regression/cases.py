"""Hidden tests for logistic-regression: the edges (N = 1, D = 1, steps = 0 and 1, one class, the defaults), a case
(or more) aimed at each classic mistake, the saturated cases where z reaches +-10^4, then seeded cases at the maxima.

Gradient descent is an iteration, and an iteration can amplify rounding: so every case either keeps the step size
below the stable bound 2 / L (L = the largest eigenvalue of X~^T X~ / (4N) plus l2, X~ = x with a column of ones),
where the descent map is non-expansive and a different summation order moves the answer by ~1e-15 of its largest
weight, or saturates at once (the saturated cases: every z beyond +-40 after the first step, so every later
gradient of the data term is below e^-40 and the answer is fixed to the last bits). check_conditioning() below runs
the descent in 80-bit long double and compares: every case agrees with float64 to 1e-12 of its largest weight.

The classic mistakes and the cases that catch them (each off by far more than the tolerance, 1e-9 of the largest
|weight|):
- the bias regularised (l2 * b in its gradient): every case with l2 > 0, most of all "imbalanced labels, l2 = 1"
  and the saturated case with weight decay, where the bias must not shrink;
- the regulariser's gradient 2 * l2 * w (l2 * ||w||^2 instead of (l2 / 2) * ||w||^2), or l2 / 2 * w, or l2 / N * w:
  every case with l2 > 0 and N > 1;
- the gradient summed over the examples instead of averaged: every case with N > 1 (an N times larger step);
- lr misapplied (not on the bias, not on the decay term, ascent instead of descent): every case with steps >= 1;
- the weights updated before the bias gradient is computed (a sequential update): every case with steps >= 2 and
  a bias that moves;
- one step too many or too few, or a first step taken when steps = 0: "steps = 0", "steps = 1" and every other;
- the bias first instead of last, or (w, b) returned apart: every case with D >= 1 and a non-zero bias;
- wrong defaults (lr = 0.01, steps = 1000): the case that gives only x and y;
- the naive sigmoid exp(z) / (1 + exp(z)): NaN (inf / inf) wherever z > 709, in the saturated cases; math.exp(-z)
  raises OverflowError for z < -709 (a runtime error); 1 / (1 + np.exp(-z)) is right (exp overflows to inf, 1 / inf
  is 0) and only warns, which is not judged;
- probabilities clipped to [1e-7, 1 - 1e-7] (a guard copied from the loss): the saturated cases, where the true
  residuals are 0 and the clipped ones keep pushing the weights; a tight clip (1e-12) or logits clipped to +-30 only
  in "saturated for 500 steps under weight decay", where the weights shrink ~200-fold and the clip's push adds up
  against them (clipping at 1e-15, 3e-11 off there, is below any tolerance: indistinguishable from rounding);
- float32 arithmetic for float32 inputs (the answer is float64, computed in float64): every float32 case, as a
  float32 dtype or as float32 rounding (~1e-7, a hundred times the tolerance);
- an input modified in place (checked on every case), labels as bool, int64 or float64 mishandled.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_N, MAX_D, MAX_STEPS = 500, 50, 500
MAX_ABS_X, MAX_LR, MAX_L2, MAX_Z = 1e3, 1e4, 10.0, 1e4
LABEL_DTYPES = (np.bool_, np.int64, np.float64)
f32, f64 = np.float32, np.float64


def problem(x, y, lr=None, steps=None, l2=None, *, dtype=f64, labels=np.int64):
    """A case's input: x in `dtype`, y as 0/1 in `labels`, and the hyper-parameters given (None: left out, so the
    defaults apply)."""
    given = {"x": np.asarray(x, dtype=f64).astype(dtype), "y": np.asarray(y).astype(labels)}
    given.update({name: value for name, value in (("lr", lr), ("steps", steps), ("l2", l2)) if value is not None})
    return given


def smoothness(x, l2=0.0):
    """L, the largest curvature of the objective: lambda_max(X~^T X~) / (4N) + l2, X~ = [x, 1]."""
    design = np.hstack([np.asarray(x, dtype=f64), np.ones((len(x), 1))])
    return float(np.linalg.eigvalsh(design.T @ design / (4 * len(x)))[-1]) + l2


def stable_lr(x, l2=0.0, share=1.0):
    """A step size `share` / L, rounded to 3 significant digits: below the stable bound 2 / L when share < 2."""
    return float(f"{share / smoothness(x, l2):.3g}")


def descend(given, dtype=f64):
    """The descent in `dtype` (float64 or long double): the weights and the largest |z| met on the way."""
    x = given["x"].astype(dtype)
    y = given["y"].astype(dtype)
    lr, steps, l2 = (dtype(given.get(name, default)) for name, default in (("lr", 0.1), ("steps", 100), ("l2", 0.0)))
    n, d = x.shape
    w, b, largest = np.zeros(d, dtype), dtype(0), 0.0
    for _ in range(int(steps)):
        z = x @ w + b
        largest = max(largest, float(np.abs(z).max()))
        e = np.exp(-np.abs(z))
        p = np.where(z >= 0, 1 / (1 + e), e / (1 + e))
        error = p - y
        w, b = w - lr * (x.T @ error / n + l2 * w), b - lr * error.mean()
    largest = max(largest, float(np.abs(x @ w + b).max()))
    return np.append(w, b), largest


def gaussian(gen, n, d, *, scale=1.0, shift=0.0, informative=1.0):
    """x ~ N(0, scale^2) with a column-wise shift, y drawn from a logistic model of random weights: not separable."""
    x = gen.normal(0.0, scale, (n, d)) + gen.normal(0.0, 1.0, d) * shift
    true_w = gen.normal(0.0, informative / (scale * np.sqrt(d)), d)
    z = (x - x.mean(axis=0)) @ true_w + gen.normal(0.0, 0.5)
    return x, (gen.random(n) < 1.0 / (1.0 + np.exp(-z))).astype(np.int64)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    yield from edges(gen)
    yield from formula(gen)
    yield from saturated(gen)
    yield from maxima(gen)
    yield from decayed(gen)  # last, so that the cases above keep their random draws


def first_step(x, y, lr):
    """The answer after one step from zeros, where p = 1/2 everywhere: -lr * X~^T (1/2 - y) / N."""
    design = np.hstack([np.asarray(x, dtype=f64), np.ones((len(x), 1))])
    return -lr * design.T @ (0.5 - np.asarray(y, dtype=f64)) / len(x)


def edges(gen):
    yield Case(problem([[2.0]], [1], 0.5, 3), note="the smallest: N = D = 1, three steps",
               note_zh="最小的输入：N = D = 1，走三步")
    x, y = gaussian(gen, 7, 3)
    yield Case(problem(x, y, 0.3, 0, 0.5), np.zeros(4),
               note="steps = 0: no step at all, the zeros the descent starts from (D + 1 of them)",
               note_zh="steps = 0：一步也不走，返回下降的起点，即 D + 1 个 0")
    x, y = gaussian(gen, 9, 4)
    yield Case(problem(x, y, 0.4, 1, 2.0, labels=np.bool_), first_step(x, y, 0.4),
               note="steps = 1 (bool labels, l2 = 2): from zeros p = 1/2 everywhere and the regulariser's gradient "
                    "is 0, so one step is -lr * X~^T (1/2 - y) / N",
               note_zh="steps = 1（bool 标签，l2 = 2）：从 0 出发时处处 p = 1/2，正则项的梯度为 0，所以一步就是 "
                       "-lr * X~^T (1/2 - y) / N")
    x, y = gaussian(gen, 60, 5)
    yield Case(problem(x, y), note="only x and y: the defaults lr = 0.1, steps = 100, l2 = 0",
               note_zh="只给 x 和 y：使用默认值 lr = 0.1、steps = 100、l2 = 0")
    x = gen.normal(0.0, 1.0, (1, 30))
    yield Case(problem(x, [0], stable_lr(x, 0.3), 40, 0.3),
               note="one example (N = 1), D = 30, l2 = 0.3: no average to get wrong, the bias not regularised",
               note_zh="只有一个样本（N = 1），D = 30，l2 = 0.3：没有可以算错的平均，偏置不正则化")
    x, y = gaussian(gen, 200, 1, scale=2.0, shift=1.0, informative=3.0)
    yield Case(problem(x, y, stable_lr(x, share=1.5), 150, labels=np.bool_),
               note="one feature (D = 1), N = 200, bool labels", note_zh="只有一个特征（D = 1），N = 200，bool 标签")
    x = gen.normal(0.0, 1.0, (25, 3))
    yield Case(problem(x, np.ones(25), stable_lr(x, 0.2), 200, 0.2, labels=np.float64),
               note="one class (every y = 1.0, float64 labels), l2 = 0.2: the bias keeps growing, the weights settle",
               note_zh="只有一个类别（所有 y = 1.0，float64 标签），l2 = 0.2：偏置一直增长，权重趋于稳定")


def formula(gen):
    x, y = gaussian(gen, 80, 6, shift=1.5)
    y = (gen.random(80) < 0.15).astype(np.int64)
    yield Case(problem(x, y, stable_lr(x, 1.0), 300, 1.0),
               note="imbalanced labels (15% ones), l2 = 1: a regularised bias is pulled toward 0 and misses the "
                    "base rate",
               note_zh="标签不平衡（15% 为 1），l2 = 1：被正则化的偏置会被拉向 0，偏离基础比率")
    x, y = gaussian(gen, 120, 8, informative=4.0)
    yield Case(problem(x, y, stable_lr(x, 0.5, share=0.8), 200, 0.5),
               note="l2 = 0.5: the gradient of (l2 / 2) ||w||^2 is l2 * w, not 2 * l2 * w, l2 / 2 * w or l2 / N * w",
               note_zh="l2 = 0.5：(l2 / 2) ||w||^2 的梯度是 l2 * w，不是 2 * l2 * w、l2 / 2 * w 或 l2 / N * w")
    x, y = gaussian(gen, 100, 4, scale=0.5)
    yield Case(problem(x, y, stable_lr(x, share=1.2), 100),
               note="N = 100: a summed gradient is a step 100 times larger (it diverges and oscillates)",
               note_zh="N = 100：求和的梯度相当于大 100 倍的步长（会发散、振荡）")
    x, y = gaussian(gen, 50, 3, shift=2.0, informative=2.0)
    yield Case(problem(x, y, 0.037, 400, 0.05, labels=np.float64),
               note="lr = 0.037, 400 steps, l2 = 0.05, shifted features: lr on every term, weights and bias "
                    "updated together from the same residuals",
               note_zh="lr = 0.037，400 步，l2 = 0.05，特征有偏移：每一项都要乘 lr，权重和偏置用同一组残差同时更新")
    x, y = gaussian(gen, 40, 5, scale=300.0, informative=2.0)
    yield Case(problem(x, y, stable_lr(x), 300, dtype=f32),
               note="float32 features of scale 300 (lr ~ 3e-5): computed in float64, returned as float64",
               note_zh="尺度约 300 的 float32 特征（lr 约 3e-5）：用 float64 计算，以 float64 返回")
    x, y = gaussian(gen, 64, 6)
    x[:, 2] = 0.0
    x[:, 4] = x[:, 1]
    yield Case(problem(x, y, stable_lr(x, 0.1), 250, 0.1, labels=np.bool_),
               note="a zero column (its weight stays 0) and a duplicated column (their weights stay equal)",
               note_zh="一列全为 0（它的权重保持为 0）和一列重复的特征（两者的权重保持相等）")
    x = np.repeat(gen.normal(0.0, 1.0, (20, 4)), 2, axis=0)
    y = np.tile([0, 1], 20)
    y[:6] = 1
    yield Case(problem(x, y, stable_lr(x, share=1.8), 500),
               note="every row twice, mostly with opposite labels: a finite optimum, lr near the stable bound 2 / L",
               note_zh="每一行出现两次，大多标签相反：最优解有限，lr 接近稳定界 2 / L")
    x, y = separable(gen, 100, 5, gap=1.0)
    yield Case(problem(x, y, stable_lr(x, share=1.9), 500, labels=np.bool_),
               note="linearly separable data: no optimum, the weights keep growing (slowly) over 500 steps",
               note_zh="线性可分的数据：没有最优解，500 步里权重一直（缓慢地）增长")


def separable(gen, n, d, *, gap, spread=1.0, center=3.0):
    """Two clouds on either side of a random hyperplane through `center` * u, every point at least `gap` away."""
    u = gen.normal(0.0, 1.0, d)
    u /= np.linalg.norm(u)
    x = gen.normal(0.0, spread, (n, d))
    side = np.where(np.arange(n) % 2 == 0, 1.0, -1.0)
    gen.shuffle(side)
    along = x @ u
    x += np.outer(side * (gap + np.abs(along)) - along + center, u)
    return x, (side > 0).astype(np.int64)


def saturated(gen):
    yield Case(problem([[2.0], [-2.0]], [1, 0], 5000.0, 10), np.array([5000.0, 0.0]),
               note="z = +-10^4 after one step (lr = 5000): exp(z) / (1 + exp(z)) is inf / inf = NaN, math.exp(-z) "
                    "raises OverflowError; the sigmoid is then exactly 1 and 0 and nothing moves",
               note_zh="一步之后 z = +-10^4（lr = 5000）：exp(z) / (1 + exp(z)) 是 inf / inf = NaN，math.exp(-z) 会抛出 "
                       "OverflowError；之后 sigmoid 恰好为 1 和 0，什么都不再变化")
    x, y = clouds(gen, 40, 3)
    lr = saturating_lr(x, y, 9000.0)
    yield Case(problem(x, y, lr, 30, labels=np.bool_),
               note=f"two tight clouds, lr = {lr:g}: every |z| between ~8000 and 9000 after one step, bool labels; "
                    "clipped probabilities keep pushing",
               note_zh=f"两团紧凑的点，lr = {lr:g}：一步之后每个 |z| 都在约 8000 到 9000 之间，bool 标签；"
                       "截断过的概率会一直推动权重")
    x, y = clouds(gen, 60, 4, balance=0.3)
    lr = saturating_lr(x, y, 9500.0)
    yield Case(problem(x, y, lr, 40, float(f"{0.05 / lr:.2g}")),
               note=f"saturated clouds with weight decay (lr = {lr:g}, lr * l2 ~ 0.05, 30% ones): the weights shrink "
                    "by ~5% a step, the bias must not",
               note_zh=f"带权重衰减的饱和点团（lr = {lr:g}，lr * l2 约 0.05，30% 为 1）：权重每步约缩小 5%，偏置不能缩小")
    x, y = clouds(gen, 30, 2)
    lr = saturating_lr(x, y, 5000.0)
    yield Case(problem(x, y, lr, 25, dtype=f32, labels=np.float64),
               note=f"saturated, float32 features (lr = {lr:g}): float32's exp overflows past 88.7",
               note_zh=f"饱和，float32 特征（lr = {lr:g}）：float32 的 exp 超过 88.7 就上溢")


def decayed(gen):
    x, y = clouds(gen, 40, 3)
    lr = saturating_lr(x, y, 9000.0)
    # lr * l2 chosen so that 499 steps of weight decay bring the smallest |z| from ~7900 down to ~45: still saturated
    # (every data gradient below e^-40), but the weights end ~200 times smaller than after the first step, while a
    # clip's constant push (eps per example per step) piles up: clip 1e-12 is 3e-8 off, logits clipped to +-30 3e-9
    z = np.abs(np.hstack([x, np.ones((len(x), 1))]) @ first_step(x, y, lr))
    l2 = float(f"{(1 - (45 / z.min()) ** (1 / (MAX_STEPS - 1))) / lr:.3g}")
    yield Case(problem(x, y, lr, MAX_STEPS, l2),
               note=f"saturated for 500 steps under weight decay (lr = {lr:g}, lr * l2 ~ 0.01, balanced so the bias "
                    "stays 0): the weights shrink ~200-fold but every |z| stays above 40; even probabilities clipped "
                    "to [1e-12, 1 - 1e-12], or logits to +-30, keep pushing and end far off",
               note_zh=f"在权重衰减下饱和 500 步（lr = {lr:g}，lr * l2 约 0.01，类别平衡所以偏置保持为 0）：权重缩小约 200 倍，"
                       "但每个 |z| 始终大于 40；即使把概率截断到 [1e-12, 1 - 1e-12]，或把 logit 截断到 +-30，"
                       "截断带来的推力也会不断累积，最终差得很远")


def clouds(gen, n, d, balance=0.5):
    """Two tight clouds around +-mu (spread 0.1, |mu| ~ 3): the first step's direction separates them widely."""
    mu = gen.normal(0.0, 1.0, d)
    mu *= 3.0 / np.linalg.norm(mu)
    y = (np.arange(n) < round(balance * n)).astype(np.int64)
    gen.shuffle(y)
    x = np.where(y[:, None] == 1, mu, -mu) + gen.normal(0.0, 0.1, (n, d))
    return x, y


def saturating_lr(x, y, top):
    """The step size, 3 significant digits, whose first step makes the largest |z| about `top`."""
    z = np.hstack([x, np.ones((len(x), 1))]) @ first_step(x, y, 1.0)
    return float(f"{top / np.abs(z).max():.3g}")


def maxima(gen):
    x, y = gaussian(gen, MAX_N, MAX_D, informative=3.0)
    yield Case(problem(x, y, stable_lr(x, share=1.5), MAX_STEPS),
               note="max: N = 500, D = 50, 500 steps, float64, int64 labels",
               note_zh="最大：N = 500，D = 50，500 步，float64，int64 标签")
    x, y = gaussian(gen, MAX_N, MAX_D, scale=2.0, shift=1.0, informative=2.0)
    yield Case(problem(x, y, stable_lr(x, 0.01, share=1.2), MAX_STEPS, 0.01, dtype=f32, labels=np.bool_),
               note="max: N = 500, D = 50, 500 steps, l2 = 0.01, float32 features, bool labels",
               note_zh="最大：N = 500，D = 50，500 步，l2 = 0.01，float32 特征，bool 标签")
    x, y = gaussian(gen, MAX_N, MAX_D, scale=10.0, shift=3.0, informative=5.0)
    yield Case(problem(x, y, stable_lr(x, 2.5, share=0.9), MAX_STEPS, 2.5, labels=np.float64),
               note="max: N = 500, D = 50, 500 steps, l2 = 2.5, features of scale 10, float64 labels",
               note_zh="最大：N = 500，D = 50，500 步，l2 = 2.5，尺度约 10 的特征，float64 标签")
    x, y = separable(gen, MAX_N, 20, gap=0.3)
    yield Case(problem(x, y, stable_lr(x, share=1.9), MAX_STEPS, dtype=f32),
               note="max N and steps, separable (D = 20, float32): the weights grow all the way",
               note_zh="最大的 N 和步数，线性可分（D = 20，float32）：权重一直增长")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, y = given["x"], given["y"]
    assert isinstance(x, np.ndarray) and x.dtype in (f32, f64) and x.ndim == 2, "x is a 2-D float32/float64 array"
    n, d = x.shape
    assert 1 <= n <= MAX_N and 1 <= d <= MAX_D, "1 <= N <= 500, 1 <= D <= 50"
    assert np.isfinite(x).all() and np.abs(x).max() <= MAX_ABS_X, "|x| <= 10^3"
    assert isinstance(y, np.ndarray) and y.dtype in LABEL_DTYPES and y.shape == (n,), "y: (N,) bool/int64/float64"
    assert ((y == 0) | (y == 1)).all(), "labels are 0 or 1"
    lr, steps, l2 = given.get("lr", 0.1), given.get("steps", 100), given.get("l2", 0.0)
    assert isinstance(lr, (int, float)) and not isinstance(lr, bool) and 0 < lr <= MAX_LR, "0 < lr <= 10^4"
    assert isinstance(steps, int) and not isinstance(steps, bool) and 0 <= steps <= MAX_STEPS, "steps: 0 to 500"
    assert isinstance(l2, (int, float)) and not isinstance(l2, bool) and 0 <= l2 <= MAX_L2, "0 <= l2 <= 10"
    assert lr * l2 <= 1, "lr * l2 <= 1"
    _, largest = descend(given)
    assert largest <= MAX_Z, f"|z| <= 10^4 along the descent (it reaches {largest:.4g})"


def check_conditioning(given):
    """How far float64 is from 80-bit long double on this case, as a share of the largest |weight| (< 1e-12)."""
    want, _ = descend(given, np.longdouble)
    got, _ = descend(given)
    return float(np.abs(got - want).max() / max(float(np.abs(want).max()), 1e-300))


SIZES = (32, 64, 128, 256, MAX_N)  # for `compare`: N, with D = 50 and 200 steps (float64)


def sized_input(rng, n):
    x, y = gaussian(kit.numpy_rng(rng), n, MAX_D)
    return problem(x, y, stable_lr(x), 200)
