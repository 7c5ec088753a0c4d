"""Hidden tests for dpo-loss: the edges, one case (or more) per classic mistake, the stability cases in both
dtypes, then seeded cases at the maxima.

Inputs have no exploitable structure: every pair has its own reference log-probs (sums over sequences of
different lengths), chosen and rejected log-ratios that move together by a random shift as well as apart (both
log-probs falling is what DPO training often does), margins whose mean is far from 0, beta != 1 outside the
stability cases and, in most cases, label smoothing that is neither 0 nor 0.5. The classic mistakes and the
cases that catch them (each off by far more than the tolerance):
- an unstable log-sigmoid: log(sigmoid(z)) underflows to log(0) = -inf for z below about -745 in float64 and
  about -88 to -104 in float32, 1 / (1 + exp(-z)) and log1p(exp(-z)) overflow there, x - log1p(exp(x)) overflows
  for large positive z, and 0 * log(0) is NaN even when label_smoothing = 0: margins of -10^4 to -10^3 and of
  10^3 to 10^4 in both dtypes, margins of -700 to -100 in float32 (where only float32 overflows), the pinned
  margins exactly -10^4 and +10^4, all with and without label smoothing; clamping z or adding an eps inside the
  log gives finite but wrong losses there;
- the reference's sign flipped ((pc + rc) - (pr + rr), i.e. policy log-ratios plus reference log-ratios) and the
  log-ratios reversed (rc - pc, which negates z): reference log-probs unlike the policy's, margins with a mean
  far from 0;
- beta outside the log-sigmoid (beta * -logsigmoid(margin)), or applied twice (z from the rewards, times beta
  again): beta from 0.01 to 10, and 1 only in stability cases (where softplus is linear and beta's place does not
  show anyway);
- label smoothing ignored, its two terms swapped, or Robust DPO's formula: label_smoothing 0.1 to 0.45 with mean
  margins far from 0 (each is off by about label_smoothing * mean(z));
- the sum instead of the mean: batches of 2 to 10^6;
- rewards without beta, without the reference, averaged to one number, or float32 rewards answered in float64;
- rewards computed as beta * pc - beta * rc in float32: near the start of training the policy is the reference
  up to ~10^-3, and the rewards are tiny differences of log-probs near -10^3;
- an input modified in place; the defaults (beta 0.1, label_smoothing 0) taken wrongly;
- a softplus cut off at |x| > T (max(x, 0) beyond): margins of 12 to 18, where e^-|z| is the whole loss;
- beta distributed before subtracting in float32 ((beta * pc - beta * rc) - ...): beta 10, log-probs near -2 * 10^4;
- in the PyTorch flavour, the loss computed off the autograd graph (NumPy, .item()): the gradient cases.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

LOGPS = ("policy_chosen_logps", "policy_rejected_logps", "reference_chosen_logps", "reference_rejected_logps")
MAX_BATCH = 10**6
MAX_ABS = 10**5  # the most negative log-prob
MAX_ABS_FLOAT32 = 2 * 10**4  # in float32 tests
MAX_MARGIN = 10**4  # |z|
MAX_BETA = 10.0
f32, f64 = np.float32, np.float64


def batch(gen, z, dtype=f64, *, beta=None, ls=None, base=(20.0, 600.0), shift=1.0):
    """One case's input whose margins are `z` (before rounding to `dtype`): with d = z / beta, the chosen
    log-ratio u = w * d + s and the rejected v = u - d (w uniform in 0.2..0.8, a shift s ~ N(0, shift) common to
    both), each over reference log-probs -a, a uniform in `base`. beta and label_smoothing are given unless None."""
    z = np.asarray(z, dtype=f64)
    d = z / (0.1 if beta is None else beta)
    s = gen.normal(0.0, shift, z.shape)
    u = gen.uniform(0.2, 0.8, z.shape) * d + s
    v = u - d
    pc, rc = split(gen, u, base)
    pr, rr = split(gen, v, base)
    given = {name: a.astype(dtype) for name, a in zip(LOGPS, (pc, pr, rc, rr))}
    if beta is not None:
        given["beta"] = beta
    if ls is not None:
        given["label_smoothing"] = ls
    return given


def split(gen, ratio, base):
    """(policy, reference) log-probs, both <= 0, with policy - reference = ratio and the larger at -a."""
    top = -gen.uniform(*base, ratio.shape)
    return top + np.minimum(ratio, 0.0), top - np.maximum(ratio, 0.0)


def signed(gen, low, high, n, negative_share=0.5):
    """n margins with |z| uniform in [low, high], negative with probability `negative_share`."""
    sign = np.where(gen.random(n) < negative_share, -1.0, 1.0)
    return sign * gen.uniform(low, high, n)


def pinned(pc, pr, rc, rr, dtype=f64, **options):
    return {**{name: np.array(a, dtype=dtype) for name, a in zip(LOGPS, (pc, pr, rc, rr))}, **options}


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges: one pair; the policy equal to the reference (training's first step).
    yield Case(pinned([-42.5], [-57.25], [-42.5], [-57.25]), (float(np.log(2.0)), np.zeros(1), np.zeros(1)),
               "one pair, the policy equals the reference (the first step): z = 0, loss = log 2, rewards 0",
               note_zh="一个样本对，策略等于参考（第一步）：z = 0，损失 = log 2，奖励为 0")
    same = batch(gen, np.zeros(5), f32, beta=0.5, ls=0.3)
    same["policy_chosen_logps"], same["policy_rejected_logps"] = (
        same["reference_chosen_logps"].copy(), same["reference_rejected_logps"].copy())
    yield Case(same, (float(np.log(2.0)), np.zeros(5, f32), np.zeros(5, f32)),
               "the policy equals the reference, label_smoothing 0.3, float32: loss = log 2 whatever the smoothing",
               note_zh="策略等于参考，label_smoothing 0.3，float32：无论平滑多少，损失都是 log 2")
    yield Case(batch(gen, [1.7]), note="one pair, the defaults (beta 0.1, no label smoothing), float64",
               note_zh="一个样本对，默认参数（beta 0.1，无标签平滑），float64")
    yield Case(batch(gen, [-0.8], f32, beta=0.25, ls=0.1), note="one pair, beta 0.25, label_smoothing 0.1, float32",
               note_zh="一个样本对，beta 0.25，label_smoothing 0.1，float32")

    # The formula: label smoothing, beta, the reference's sign, the mean, the rewards.
    yield Case(batch(gen, gen.normal(1.5, 1.5, 16), beta=0.3, ls=0.2),
               note="label_smoothing 0.2, beta 0.3, mean margin 1.5: smoothing ignored or swapped is off by ~0.2",
               note_zh="label_smoothing 0.2，beta 0.3，平均奖励差 1.5：忽略平滑或把两项写反会差约 0.2")
    yield Case(batch(gen, gen.normal(-1.0, 2.0, 32), f32, beta=0.05, ls=0.1, base=(50, 1500)),
               note="label_smoothing 0.1, beta 0.05, mean margin -1, float32",
               note_zh="label_smoothing 0.1，beta 0.05，平均奖励差 -1，float32")
    yield Case(batch(gen, gen.normal(2.0, 3.0, 24), beta=2.0, shift=0.5),
               note="beta 2, no smoothing: beta outside the log-sigmoid (2 * -logsigmoid(z / 2)) is far off",
               note_zh="beta 2，无平滑：把 beta 放在 log-sigmoid 外面（2 * -logsigmoid(z / 2)）差得很远")
    yield Case(batch(gen, gen.normal(0.8, 1.0, 40), base=(100, 900)),
               note="beta and label_smoothing left at their defaults (0.1 and 0)",
               note_zh="beta 和 label_smoothing 取默认值（0.1 和 0）")
    yield Case(batch(gen, gen.normal(1.0, 2.0, 64), beta=0.5, ls=0.15, base=(200, 3000), shift=20.0),
               note="reference log-probs far from the policy's (shift 20): the reference's sign matters, beta 0.5",
               note_zh="参考模型的 log 概率与策略的相差很大（偏移 20）：参考项的符号很关键，beta 0.5")
    yield Case(batch(gen, gen.normal(-2.5, 1.0, 12), f32, beta=1.5, ls=0.35, shift=5.0),
               note="mostly negative margins, beta 1.5, label_smoothing 0.35, float32",
               note_zh="奖励差大多为负，beta 1.5，label_smoothing 0.35，float32")
    yield Case(batch(gen, gen.normal(3.0, 2.0, 9), beta=10.0, ls=0.45),
               note="beta 10 (the largest), label_smoothing 0.45",
               note_zh="beta 10（最大值），label_smoothing 0.45")
    yield Case(batch(gen, gen.normal(0.5, 0.5, 7), beta=0.01, ls=0.05, base=(1000, 5000), shift=100.0),
               note="beta 0.01, label_smoothing 0.05: log-ratios of hundreds, margins near 0.5",
               note_zh="beta 0.01，label_smoothing 0.05：log 比值达数百，奖励差在 0.5 附近")

    # Near the start of training: tiny log-ratios of large log-probs.
    yield Case(batch(gen, gen.normal(2e-4, 3e-4, 50), f32, base=(300, 2000), shift=2e-3),
               note="start of training, float32: log-ratios ~1e-3 on log-probs near -10^3; "
                    "beta * pc - beta * rc loses the rewards' digits",
               note_zh="训练刚开始，float32：log 概率在 -10^3 附近，log 比值约 1e-3；beta * pc - beta * rc 会丢掉奖励的有效数字")
    yield Case(batch(gen, gen.normal(-3e-4, 4e-4, 30), f32, beta=0.3, ls=0.2, base=(500, 3000), shift=1e-3),
               note="start of training, float32, beta 0.3, label_smoothing 0.2",
               note_zh="训练刚开始，float32，beta 0.3，label_smoothing 0.2")
    yield Case(batch(gen, gen.normal(-1e-4, 2e-4, 50), beta=0.2, ls=0.1, base=(300, 2000), shift=1e-3),
               note="start of training, float64, beta 0.2, label_smoothing 0.1",
               note_zh="训练刚开始，float64，beta 0.2，label_smoothing 0.1")

    # Stability: margins far beyond where exp overflows and log(sigmoid) reaches log(0).
    yield Case(pinned([-20500, -500], [-700, -20700], [-500, -500], [-700, -700], beta=0.5, label_smoothing=0.1),
               (5000.0, np.array([-10000.0, 0.0]), np.array([0.0, -10000.0])),
               "margins exactly -10^4 and +10^4, label_smoothing 0.1: loss (0.9 * 10^4 + 0.1 * 10^4) / 2 = 5000",
               note_zh="奖励差恰为 -10^4 和 +10^4，label_smoothing 0.1：损失 (0.9 * 10^4 + 0.1 * 10^4) / 2 = 5000")
    yield Case(pinned([-5500, -500], [-700, -5700], [-500, -500], [-700, -700], f32, beta=2.0, label_smoothing=0.3),
               (5000.0, np.array([-10000.0, 0.0], f32), np.array([0.0, -10000.0], f32)),
               "margins exactly -10^4 and +10^4, beta 2, label_smoothing 0.3, float32: loss 5000",
               note_zh="奖励差恰为 -10^4 和 +10^4，beta 2，label_smoothing 0.3，float32：损失 5000")
    yield Case(batch(gen, -gen.uniform(1e3, 9990, 20), base=(100, 2000)),
               note="margins -10^4 to -10^3, the default beta 0.1: log(sigmoid(z)) is log(0) = -inf, exp(-z) overflows",
               note_zh="奖励差在 -10^4 到 -10^3，默认 beta 0.1：log(sigmoid(z)) 是 log(0) = -inf，exp(-z) 溢出")
    yield Case(batch(gen, gen.uniform(1e3, 9990, 20), beta=0.4, ls=0.0),
               note="margins 10^3 to 10^4, label_smoothing 0: 0 * log(sigmoid(-z)) = 0 * -inf is NaN; "
                    "x - log1p(exp(x)) overflows",
               note_zh="奖励差在 10^3 到 10^4，label_smoothing 0：0 * log(sigmoid(-z)) = 0 * -inf 是 NaN；x - log1p(exp(x)) 溢出")
    yield Case(batch(gen, signed(gen, 1e3, 9990, 30), beta=0.8, ls=0.2),
               note="margins of +-10^3 to 10^4, label_smoothing 0.2, float64",
               note_zh="奖励差为 ±10^3 到 10^4，label_smoothing 0.2，float64")
    yield Case(batch(gen, signed(gen, 100, 700, 30, 0.8), f32, beta=1.0, ls=0.1, shift=20.0),
               note="margins of +-100 to 700, float32: exp overflows past 88.7 in float32 (not in float64)",
               note_zh="奖励差为 ±100 到 700，float32：float32 中 exp 超过 88.7 就溢出（float64 不会）")
    yield Case(batch(gen, signed(gen, 1e3, 9990, 30, 0.6), f32, beta=2.0, ls=0.0),
               note="margins of +-10^3 to 10^4, float32, beta 2, no smoothing",
               note_zh="奖励差为 ±10^3 到 10^4，float32，beta 2，无平滑")
    yield Case(batch(gen, gen.uniform(100, 700, 16), f32, beta=3.0, ls=0.25),
               note="margins 100 to 700, float32, label_smoothing 0.25: logsigmoid(-z) overflows one-sided formulas",
               note_zh="奖励差在 100 到 700，float32，label_smoothing 0.25：logsigmoid(-z) 让单侧公式溢出")
    yield Case(batch(gen, signed(gen, 20, 90, 40), beta=0.3, ls=0.3),
               note="margins of +-20 to 90, label_smoothing 0.3: clamping z to +-80 or log(sigmoid + 1e-10) shows",
               note_zh="奖励差为 ±20 到 90，label_smoothing 0.3：把 z 截断到 ±80 或用 log(sigmoid + 1e-10) 会露馅")

    # Where a softplus cut off at |x| > T (max(x, 0) beyond, log1p(exp(x)) within) is wrong: log1p(e^-z) ~ e^-z is
    # 1e-5 to 1e-8 for z of 12 to 18, far above float64's tolerance when it is the whole loss (z > 0, no smoothing).
    # T = 20 (PyTorch's softplus threshold) is exact to e^-20 ~ 2e-9 of the loss here.
    yield Case(batch(gen, gen.uniform(12.5, 17.8, 6), beta=0.7, ls=0.0),
               note="margins 12.5 to 17.8, no smoothing: the loss is ~e^-z ~ 1e-6; a softplus that returns "
                    "max(x, 0) beyond |x| > 12 answers 0",
               note_zh="奖励差在 12.5 到 17.8，无平滑：损失约为 e^-z ~ 1e-6；在 |x| > 12 时直接返回 max(x, 0) 的 softplus 会得到 0")
    yield Case(batch(gen, gen.uniform(15.3, 17.8, 3), beta=1.3, ls=0.0),
               note="margins 15.3 to 17.8, no smoothing: the loss is ~1e-7; a softplus cut off at |x| > 15 answers 0",
               note_zh="奖励差在 15.3 到 17.8，无平滑：损失约为 1e-7；在 |x| > 15 处截断的 softplus 会得到 0")
    yield Case(batch(gen, -gen.uniform(12.2, 17.8, 5), beta=0.9, ls=0.0),
               note="margins -17.8 to -12.2: the loss is |z| + e^-|z|; a softplus cut off at |x| > 12 drops e^-|z|",
               note_zh="奖励差在 -17.8 到 -12.2：损失是 |z| + e^-|z|；在 |x| > 12 处截断的 softplus 丢掉了 e^-|z|")
    # beta distributed before subtracting, (beta * pc - beta * rc) - (beta * pr - beta * rr), in float32: products
    # near 2 * 10^5, where float32's spacing is 1/64, leave the margin ~1e-2 off; the loss is ~e^-z here, so its
    # relative error is the margin's absolute one. Pinned pairs where both margins come out 0.0195 low that way
    # (random ones let the pairs' errors cancel in the mean).
    yield Case(pinned([-18554.58, -18546.232], [-19326.754, -19204.816], [-18554.723, -18546.363],
                      [-19326.543, -19204.672], f32, beta=MAX_BETA, label_smoothing=0.0),
               note="float32, beta 10 (the largest), log-probs near -2 * 10^4, log-ratios ~0.2, margins 3.5 and 2.8: "
                    "beta * pc - beta * rc rounds the margins 0.02 off",
               note_zh="float32，beta 10（最大值），log 概率在 -2 * 10^4 附近，log 比值约 0.2，"
                       "奖励差 3.5 和 2.8：beta * pc - beta * rc 的舍入让奖励差偏离 0.02")

    # The maxima.
    yield Case(batch(gen, gen.normal(0.7, 2.0, MAX_BATCH), beta=0.1, ls=0.1, base=(20, 2000), shift=3.0),
               note="max: B = 10^6, float64, label_smoothing 0.1",
               note_zh="最大规模：B = 10^6，float64，label_smoothing 0.1")
    yield Case(batch(gen, gen.normal(-0.3, 1.5, MAX_BATCH), f32, beta=0.2, base=(20, 2000), shift=3.0),
               note="max: B = 10^6, float32",
               note_zh="最大规模：B = 10^6，float32")
    yield Case(batch(gen, signed(gen, 0, 9990, MAX_BATCH, 0.4), beta=1.0, ls=0.05, base=(20, 2000)),
               note="max: B = 10^6, float64, margins anywhere in +-10^4",
               note_zh="最大规模：B = 10^6，float64，奖励差遍布 ±10^4")
    yield Case(batch(gen, signed(gen, 0, 9990, MAX_BATCH, 0.6), f32, beta=5.0, ls=0.5, base=(20, 2000)),
               note="max: B = 10^6, float32, margins anywhere in +-10^4, label_smoothing 0.5 (the largest)",
               note_zh="最大规模：B = 10^6，float32，奖励差遍布 ±10^4，label_smoothing 0.5（最大值）")

    # Gradient cases: the PyTorch flavour also back-propagates the loss times a fixed random R (harness.grading.
    # gradients) and compares the gradients of the policy's log-probs (the reference's are constants; the rewards
    # are not back-propagated, as TRL detaches them). Small and with moderate margins: the expected gradients are
    # finite differences of the reference.
    yield Case(batch(gen, gen.normal(0.5, 1.5, 5), beta=0.5, ls=0.1, base=(2, 30)), gradient=True,
               note="gradients: beta 0.5, label_smoothing 0.1, float64",
               note_zh="梯度：beta 0.5，label_smoothing 0.1，float64")
    yield Case(batch(gen, gen.normal(-0.5, 1.0, 4), f32, beta=0.2, base=(2, 30)), gradient=True,
               note="gradients: beta 0.2, no smoothing, float32",
               note_zh="梯度：beta 0.2，无平滑，float32")
    yield Case(batch(gen, gen.normal(1.0, 2.0, 3), base=(2, 30)), gradient=True,
               note="gradients: the defaults (beta 0.1, no smoothing), float64",
               note_zh="梯度：默认参数（beta 0.1，无平滑），float64")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    arrays = [given[name] for name in LOGPS]
    first = arrays[0]
    assert all(isinstance(a, np.ndarray) for a in arrays), "the log-probs are NumPy arrays"
    assert first.dtype in (f32, f64) and all(a.dtype == first.dtype for a in arrays), "one dtype, float32 or float64"
    assert first.ndim == 1 and 1 <= first.size <= MAX_BATCH and all(a.shape == first.shape for a in arrays)
    bound = MAX_ABS_FLOAT32 if first.dtype == f32 else MAX_ABS
    assert all(np.isfinite(a).all() and (a <= 0).all() and (a >= -bound).all() for a in arrays)
    beta, ls = given.get("beta", 0.1), given.get("label_smoothing", 0.0)
    assert isinstance(beta, (int, float)) and not isinstance(beta, bool) and 0 < beta <= MAX_BETA
    assert isinstance(ls, (int, float)) and not isinstance(ls, bool) and 0 <= ls <= 0.5
    pc, pr, rc, rr = (a.astype(f64) for a in arrays)
    assert np.abs(beta * ((pc - rc) - (pr - rr))).max() <= MAX_MARGIN, "|z| <= 10^4"


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_BATCH)  # for `compare`: the batch size B (float64)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return batch(gen, gen.normal(0.5, 3.0, n), beta=0.1, ls=0.1, base=(20, 2000), shift=3.0)
