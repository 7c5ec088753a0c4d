"""Hidden tests for cross-entropy: pinned edge cases, then the classic mistakes, then seeded cases at the maxima.

Each classic mistake has a case that defeats it, by far: an unstable log-softmax (no max subtracted: logits near
1000 in float64 and near 100 in float32 overflow exp; log(softmax) takes log(0) when the target's logit lies
10^3 to 10^4 below the row's max, and log(p + eps) is off by thousands there; one global max underflows whole
rows; a log-sum-exp m + log(s) rounded to float32 near 10^4 is off by ~5e-4 on losses of ~1), "mean" averaging
over the ignored targets too, label smoothing over the C - 1 other classes (with C = 2 and 3 it is far from
torch's ls / C over all C), without the (1 - ls) factor, ignored rows adding their smoothing term (or counted in
the smoothing's mean), "none" leaving the ignored rows' losses in place (also gathered at class C - 100 when the
-100 wraps around), a hard-coded -100 (cases with ignore_index = -1, 0 and 3), whole columns gathered with
logits[:, target], and an unknown reduction that does not raise ValueError. Logits are random (no symmetric
structure), targets are random, batches have more than one row. The expected answers are the reference's, except
the pinned edge cases (computed by hand).
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_N = 10**4
MAX_C = 10**5
MAX_SIZE = 10**6  # N * C
MAX_ABS = 10**4
REDUCTIONS = ("mean", "sum", "none")
f32, f64 = np.float32, np.float64


def ce(logits, target, **options):
    """A case's input: int64 targets, and only the options given (the others keep their defaults)."""
    return {"logits": logits, "target": np.asarray(target, dtype=np.int64), **options}


def targets(gen, n, c, ignored=0.0, ignore_index=-100, keep_one=True):
    """Random classes in [0, c), a share `ignored` of them replaced by ignore_index (at least one kept)."""
    target = gen.integers(0, c, n)
    target[gen.random(n) < ignored] = ignore_index
    if keep_one and (target == ignore_index).all():
        target[gen.integers(0, n)] = (ignore_index + 1) % c if 0 <= ignore_index < c else gen.integers(0, c)
    return target


def normal(gen, n, c, dtype=f64, scale=3.0, centre=0.0):
    """Logits centre + N(0, scale), clipped to +-10^4."""
    return np.clip(centre + gen.normal(0, scale, (n, c)), -MAX_ABS, MAX_ABS).astype(dtype)


def wide(gen, n, c, dtype=f64, bound=MAX_ABS):
    """Logits uniform in [-bound, bound]: most targets lie thousands below their row's max."""
    return gen.uniform(-bound, bound, (n, c)).astype(dtype)


def near_the_bound(gen, n, c, dtype=f32, spread=1.0):
    """Each row centred at +-(8200 to 9990), a random sign each, with a spread of `spread`: float32's spacing
    there is ~0.001, so m + log(s) rounded to float32 is off by up to ~5e-4 while the losses are ~1."""
    centres = gen.uniform(8200, 9990, (n, 1)) * gen.choice([-1.0, 1.0], (n, 1))
    return np.clip(centres + gen.normal(0, spread, (n, c)), -MAX_ABS, MAX_ABS).astype(dtype)


def confident(gen, n, c, target, dtype=f64, margin=6.0):
    """N(0, 1) logits with each row's target raised by `margin`: small losses, though not tiny ones."""
    logits = gen.normal(0, 1, (n, c))
    logits[np.arange(n), np.where(target >= 0, target, 0)] += margin
    return logits.astype(dtype)


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    yield from edges(gen)
    yield from ignoring(gen)
    yield from smoothing(gen)
    yield from stability(gen)
    yield from maxima(gen)
    yield from raising_and_gradients(gen)


def edges(gen):
    yield Case(ce(np.array([[3.5]]), [0]), 0.0, "the smallest: N = C = 1, log p = 0 and the loss is 0",
               note_zh="最小输入：N = C = 1，log p = 0，损失为 0")
    yield Case(ce(normal(gen, 3, 1, f32), [0, 0, 0], label_smoothing=0.5, reduction="none"), np.zeros(3, f32),
               "one class (C = 1) with label smoothing: every loss is 0, float32",
               note_zh="只有一个类别（C = 1）并带标签平滑：每个损失都是 0，float32")
    yield Case(ce(np.array([[0.0, 0.0]]), [1]), math.log(2), "two equal logits: the loss is log 2",
               note_zh="两个相等的 logits：损失是 log 2")
    yield Case(ce(np.full((6, 5), 7.0, f32), [0, 4, 2, 2, 1, 3], label_smoothing=0.2, reduction="none"),
               np.full(6, math.log(5), f32), "equal logits give log C for every row, smoothing or not (float32)",
               note_zh="logits 全相等时每一行都是 log C，无论是否平滑（float32）")
    yield Case(ce(normal(gen, 4, 3), targets(gen, 4, 3)), note="a small batch, the defaults: mean, no smoothing",
               note_zh="小批次，默认参数：mean，无平滑")
    yield Case(ce(normal(gen, 5, 7, f32), targets(gen, 5, 7), reduction="sum"), note="reduction = \"sum\", float32",
               note_zh="reduction = \"sum\"，float32")
    yield Case(ce(normal(gen, 8, 9), targets(gen, 8, 9), reduction="none"),
               note="reduction = \"none\": one loss per row (logits[:, target] gathers whole columns)",
               note_zh="reduction = \"none\"：每行一个损失（logits[:, target] 取到的是整列）")
    target = targets(gen, 100, 10)
    yield Case(ce(confident(gen, 100, 10, target), target),
               note="confident predictions: the target's logit 6 above the others, mean loss ~0.02",
               note_zh="自信的预测：目标的 logit 比其他高 6，平均损失约 0.02")
    target = targets(gen, 100, 10)
    yield Case(ce(confident(gen, 100, 10, target, f32, margin=4.0), target, label_smoothing=0.05, reduction="none"),
               note="confident predictions with smoothing, float32",
               note_zh="自信的预测并带平滑，float32")


def ignoring(gen):
    yield Case(ce(normal(gen, 8, 6), [2, -100, 5, -100, 0, 1, -100, 3], reduction="none"),
               note="\"none\" is 0 at the ignored targets (-100, the default ignore_index)",
               note_zh="\"none\" 在被忽略的目标处为 0（-100，默认的 ignore_index）")
    yield Case(ce(normal(gen, 64, 10), targets(gen, 64, 10, ignored=0.4)),
               note="\"mean\" averages over the targets not ignored (about 60% of them here), not over N",
               note_zh="\"mean\" 对未被忽略的目标（这里约 60%）取平均，而不是除以 N")
    yield Case(ce(normal(gen, 16, 128, f32), targets(gen, 16, 128, ignored=0.3), reduction="none"),
               note="C = 128: an ignored -100 that is not masked reads class 28 without an error; float32, \"none\"",
               note_zh="C = 128：没有屏蔽的 -100 会悄无声息地读到类别 28；float32，\"none\"")
    yield Case(ce(normal(gen, 32, 8, f32), targets(gen, 32, 8, ignored=0.25, ignore_index=-1), ignore_index=-1),
               note="ignore_index = -1, mean (a hard-coded -100 reads the last class), float32",
               note_zh="ignore_index = -1，mean（写死 -100 会读到最后一个类别），float32")
    target = targets(gen, 40, 7)  # class 0 is the padding id: every target 0 is ignored
    target[gen.random(40) < 0.2] = 0
    yield Case(ce(normal(gen, 40, 7), target, ignore_index=0, label_smoothing=0.2),
               note="ignore_index = 0, a real class (a padding id), with smoothing, mean: the smoothing still "
                    "spreads over all 7 classes, class 0 included",
               note_zh="ignore_index = 0 是一个真实类别（填充 id），带平滑，mean：平滑仍然分给全部 7 个类别，包括类别 0")
    yield Case(ce(normal(gen, 30, 5, f32), targets(gen, 30, 5, ignored=0.3, ignore_index=3), ignore_index=3,
                  label_smoothing=0.1, reduction="none"),
               note="ignore_index = 3 inside [0, C), with smoothing, \"none\": 0 at every target 3, float32",
               note_zh="ignore_index = 3 在 [0, C) 之内，带平滑，\"none\"：每个目标为 3 的行都是 0，float32")
    yield Case(ce(normal(gen, 5, 4), [-100] * 5, reduction="sum"), 0.0, "every target ignored, \"sum\": 0",
               note_zh="所有目标都被忽略，\"sum\"：0")
    yield Case(ce(normal(gen, 4, 6, f32), [-2] * 4, ignore_index=-2, label_smoothing=0.1, reduction="none"),
               np.zeros(4, f32), "every target ignored (ignore_index = -2), with smoothing, \"none\": all 0 (float32)",
               note_zh="所有目标都被忽略（ignore_index = -2），带平滑，\"none\"：全为 0（float32）")
    target = np.full(20, -100)
    target[13] = 2
    yield Case(ce(normal(gen, 20, 4), target, label_smoothing=0.1),
               note="one target kept out of 20, mean: the answer is that row's loss",
               note_zh="20 个目标只保留 1 个，mean：答案就是那一行的损失")


def smoothing(gen):
    yield Case(ce(normal(gen, 50, 3), targets(gen, 50, 3), label_smoothing=0.1),
               note="label smoothing 0.1 over C = 3: ls / C to every class, the target's too (not ls / (C - 1) to "
                    "the others)",
               note_zh="C = 3 上的标签平滑 0.1：每个类别（包括目标类别）分到 ls / C（而不是其他类别各分 ls / (C - 1)）")
    yield Case(ce(normal(gen, 24, 2), targets(gen, 24, 2, ignored=0.2), label_smoothing=0.3, reduction="none"),
               note="label smoothing with two classes, ignored targets, \"none\"",
               note_zh="两个类别的标签平滑，有被忽略的目标，\"none\"")
    yield Case(ce(normal(gen, 10, 4), targets(gen, 10, 4), label_smoothing=1.0),
               note="label_smoothing = 1: only the uniform part, the mean of -log p over all C classes",
               note_zh="label_smoothing = 1：只剩均匀分布部分，即 -log p 在全部 C 个类别上的平均")
    yield Case(ce(normal(gen, 60, 5), targets(gen, 60, 5, ignored=0.3), label_smoothing=0.3),
               note="smoothing with 30% ignored, mean: the ignored rows add no smoothing term, and both parts "
                    "are divided by the number of targets kept",
               note_zh="平滑且 30% 被忽略，mean：被忽略的行不加平滑项，两部分都除以保留的目标个数")
    yield Case(ce(normal(gen, 40, 6, f32), targets(gen, 40, 6, ignored=0.3), label_smoothing=0.25, reduction="sum"),
               note="smoothing with 30% ignored, \"sum\", float32",
               note_zh="平滑且 30% 被忽略，\"sum\"，float32")
    yield Case(ce(wide(gen, 30, 20, bound=1000), targets(gen, 30, 20, ignored=0.1), label_smoothing=0.15),
               note="smoothing with logits in [-1000, 1000]: every -log p of the uniform part is finite, and large",
               note_zh="logits 在 [-1000, 1000] 内并带平滑：均匀部分的每个 -log p 都有限，而且很大")


def stability(gen):
    yield Case(ce(normal(gen, 20, 10, centre=1000), targets(gen, 20, 10)),
               note="logits near 1000, float64: exp overflows past exp(709) unless the row's max is subtracted",
               note_zh="logits 在 1000 附近，float64：不减去该行最大值，exp 超过 exp(709) 就溢出")
    yield Case(ce(normal(gen, 20, 10, f32, scale=5, centre=100), targets(gen, 20, 10), label_smoothing=0.1),
               note="logits near 100, float32: exp overflows past exp(88.7) unless the row's max is subtracted",
               note_zh="logits 在 100 附近，float32：不减去该行最大值，exp 超过 exp(88.7) 就溢出")
    yield Case(ce(wide(gen, 30, 50), targets(gen, 30, 50, ignored=0.1), reduction="none"),
               note="logits in [-10^4, 10^4], float64: the targets' probabilities underflow to 0, so log(softmax) "
                    "is -inf (and log(p + eps) is off by thousands)",
               note_zh="logits 在 [-10^4, 10^4] 内，float64：目标的概率下溢为 0，log(softmax) 是 -inf（log(p + eps) 则差上千）")
    yield Case(ce(wide(gen, 40, 30, f32), targets(gen, 40, 30), label_smoothing=0.1),
               note="logits in [-10^4, 10^4], float32, smoothing, mean",
               note_zh="logits 在 [-10^4, 10^4] 内，float32，带平滑，mean")
    centres = np.where(np.arange(6) % 2, -9000.0, 9000.0)[:, None]
    yield Case(ce(centres + normal(gen, 6, 8), targets(gen, 6, 8), reduction="none"),
               note="rows near +9000 and near -9000: one max for the whole batch underflows the low rows to log(0)",
               note_zh="有的行在 +9000 附近，有的在 -9000 附近：整个批次共用一个最大值，会让低的行下溢到 log(0)")
    yield Case(ce(near_the_bound(gen, 1000, 2, spread=0.1), targets(gen, 1000, 2), reduction="none"),
               note="float32 rows near +-10^4, two classes, losses near log 2: m + log(sum) rounded to float32 is "
                    "off by ~5e-4; compute (x - m) - log(sum) instead",
               note_zh="float32 的行在 ±10^4 附近，两个类别，损失在 log 2 附近：m + log(sum) 舍入到 float32 会差约 5e-4；"
                       "应计算 (x - m) - log(sum)")
    yield Case(ce(near_the_bound(gen, 500, 3, spread=0.5), targets(gen, 500, 3, ignored=0.2), label_smoothing=0.1,
                  reduction="none"),
               note="float32 rows near +-10^4 with smoothing and ignored targets, \"none\"",
               note_zh="float32 的行在 ±10^4 附近，带平滑和被忽略的目标，\"none\"")


def maxima(gen):
    yield Case(ce(normal(gen, MAX_N, 100, f32), targets(gen, MAX_N, 100, ignored=0.1), label_smoothing=0.1),
               note="max: N = 10^4, C = 100, 10% ignored, smoothing 0.1, mean, float32",
               note_zh="最大规模：N = 10^4，C = 100，10% 被忽略，平滑 0.1，mean，float32")
    yield Case(ce(normal(gen, 1000, 1000, scale=5), targets(gen, 1000, 1000, ignored=0.05), reduction="none"),
               note="max: N = C = 1000, 5% ignored, \"none\", float64",
               note_zh="最大规模：N = C = 1000，5% 被忽略，\"none\"，float64")
    yield Case(ce(normal(gen, 10, MAX_C, f32, scale=5), targets(gen, 10, MAX_C, ignored=0.1), label_smoothing=0.1,
                  reduction="sum"),
               note="max: C = 10^5 (a vocabulary), N = 10, smoothing, \"sum\", float32",
               note_zh="最大规模：C = 10^5（一个词表），N = 10，带平滑，\"sum\"，float32")
    yield Case(ce(wide(gen, MAX_N, 100), targets(gen, MAX_N, 100, ignored=0.2, ignore_index=-1), ignore_index=-1,
                  label_smoothing=0.2),
               note="max: N = 10^4, C = 100, logits in [-10^4, 10^4], ignore_index = -1, smoothing, mean, float64",
               note_zh="最大规模：N = 10^4，C = 100，logits 在 [-10^4, 10^4] 内，ignore_index = -1，带平滑，mean，float64")
    yield Case(ce(near_the_bound(gen, 2000, 500, spread=3.0), targets(gen, 2000, 500, ignored=0.1),
                  label_smoothing=0.1, reduction="none"),
               note="max: N = 2000, C = 500, float32 rows near +-10^4, smoothing, \"none\"",
               note_zh="最大规模：N = 2000，C = 500，float32 的行在 ±10^4 附近，带平滑，\"none\"")


def raising_and_gradients(gen):
    # Outside the constraints on purpose (validate() is not asked): an unknown reduction.
    yield Case(ce(normal(gen, 4, 3), targets(gen, 4, 3), reduction="avg"), raises="ValueError",
               note="reduction = \"avg\" is not a reduction: raise ValueError",
               note_zh="reduction = \"avg\" 不是合法的 reduction：抛出 ValueError")
    yield Case(ce(normal(gen, 6, 5, f32), targets(gen, 6, 5, ignored=0.3), label_smoothing=0.1,
                  reduction="batchmean"), raises="ValueError",
               note="reduction = \"batchmean\" (kl_div's name) is not one here: raise ValueError",
               note_zh="reduction = \"batchmean\"（kl_div 的叫法）在这里不合法：抛出 ValueError")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per logit).
    yield Case(ce(normal(gen, 4, 5), [3, -100, 0, 4], label_smoothing=0.1), gradient=True,
               note="gradients: mean with an ignored target and smoothing, float64",
               note_zh="梯度：mean，有一个被忽略的目标并带平滑，float64")
    yield Case(ce(normal(gen, 3, 4, f32), [2, 1, 2], ignore_index=2, reduction="none"), gradient=True,
               note="gradients: \"none\", ignore_index = 2, float32",
               note_zh="梯度：\"none\"，ignore_index = 2，float32")
    yield Case(ce(normal(gen, 3, 3), targets(gen, 3, 3), label_smoothing=0.2, reduction="sum"), gradient=True,
               note="gradients: \"sum\" with smoothing, float64",
               note_zh="梯度：\"sum\" 并带平滑，float64")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    logits, target = given["logits"], given["target"]
    ignore_index = given.get("ignore_index", -100)
    label_smoothing = given.get("label_smoothing", 0.0)
    reduction = given.get("reduction", "mean")
    assert isinstance(logits, np.ndarray) and logits.dtype in (f32, f64), "logits is a float32 or float64 array"
    assert logits.ndim == 2, "logits is (N, C)"
    n, c = logits.shape
    assert 1 <= n <= MAX_N and 1 <= c <= MAX_C and n * c <= MAX_SIZE
    assert np.isfinite(logits).all() and np.abs(logits).max() <= MAX_ABS
    assert isinstance(target, np.ndarray) and target.dtype == np.int64 and target.shape == (n,)
    assert isinstance(ignore_index, int) and not isinstance(ignore_index, bool)
    assert (((target >= 0) & (target < c)) | (target == ignore_index)).all(), "targets in [0, C) or ignore_index"
    assert isinstance(label_smoothing, (int, float)) and 0.0 <= label_smoothing <= 1.0
    assert reduction in REDUCTIONS
    if reduction == "mean":
        assert (target != ignore_index).any(), "\"mean\" has a target that is not ignored"


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_SIZE)  # for `compare`: N * C, with C = 100 (float64)


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    rows = n // 100
    return ce(normal(gen, rows, 100), targets(gen, rows, 100, ignored=0.1), label_smoothing=0.1)
