"""Hidden tests for ppo-clip-loss: the edges, one case (or more) per classic mistake, masks and shapes, the
stability cases in both dtypes, the maxima, then small gradient cases for the PyTorch flavour.

Inputs have no exploitable structure: log-ratios spread on both sides of the clip band (and inside it), advantages
of both signs whose mean is far from 0 and whose sizes are far from 1 (so that clip(A) is not A), padding whose
values are as random as the rest, batches with rows of different lengths. The classic mistakes and the cases that
catch them (each off by far more than the tolerance, most on many cases):
- max instead of min (the optimistic bound), the clipped surrogate alone, the unclipped one alone, the clip
  applied only where A > 0: ratios outside [1 - eps, 1 + eps] on both sides, with both signs of A;
- the advantage clipped instead of the ratio, the log-ratio clipped to [-eps, eps] before exp (a band of
  [0.819, 1.221], not [0.8, 1.2]): advantages from 0.1 to 5 in size, ratios outside the band;
- the ratio inverted (exp(old - new)), the sign (the objective returned instead of the loss): any case;
- clip_eps ignored (0.2 hard-coded) or the wrong default: clip_eps 0.05, 0.1 and 0.3, and cases that omit it;
- the mask ignored, the masked sum divided by the total count, the mask applied after a mean over the tokens, the
  mean of per-sequence means (GRPO's aggregation, not this one), the mask inverted: (B, T) batches right- and
  left-padded to different lengths, random masks, a mask with one True element;
- exp overflow: advantages exactly 0 (a GRPO group whose rewards are all equal) where the log-ratio is 710 to 10^4
  (float64) or 89 to 700 (float32): exp overflows to inf and inf * 0 is NaN, whereas the loss is finite; and
  exp(new) / exp(old), which is 0 / 0 for sequence log-probs below -745 (-104 in float32);
- a float32 running total: a few tokens with ratios near e^20 on negative advantages make the total ~10^9, after
  which a float32 accumulator drops every ordinary token;
- an input modified in place; a result of the wrong kind (an array, not a number).
"""

import math

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 2**18  # 262,144 elements: a (64, 4096) batch of tokens
MAX_LOGP = 10**4  # |log-prob|
MAX_ADVANTAGE = 100.0
MAX_NEGATIVE_LOG_RATIO = 20.0  # where A < 0, logp_new - logp_old <= 20: the loss's unbounded side, -A * e^20 at most
f32, f64 = np.float32, np.float64


def ppo(gen, d, a, dtype=f64, *, eps=None, mask=None, base=(0.2, 8.0)):
    """A case's input whose log-ratios are `d` (before rounding to `dtype`), over log-probs <= 0: the larger of
    logp_new and logp_old is -u, u uniform in `base`. clip_eps and the mask are given unless None."""
    d, a = np.asarray(d, dtype=f64), np.asarray(a, dtype=f64)
    top = -gen.uniform(*base, d.shape)
    given = {"logp_new": (top + np.minimum(d, 0.0)).astype(dtype), "logp_old": (top - np.maximum(d, 0.0)).astype(dtype),
             "advantages": a.astype(dtype)}
    if eps is not None:
        given["clip_eps"] = eps
    if mask is not None:
        given["mask"] = mask
    return given


def pinned(new, old, a, dtype=f64, **options):
    return {"logp_new": np.array(new, dtype), "logp_old": np.array(old, dtype), "advantages": np.array(a, dtype),
            **options}


def spread(gen, shape, eps=0.2, outside=0.6):
    """Log-ratios: a share `outside` beyond the clip band (half above log(1 + eps), half below log(1 - eps), by up
    to 0.7), the rest inside it."""
    low, high = math.log1p(-eps), math.log1p(eps)
    d = gen.uniform(low, high, shape)
    beyond = gen.random(shape) < outside
    above = gen.random(shape) < 0.5
    d = np.where(beyond & above, high + gen.uniform(0.01, 0.7, shape), d)
    return np.where(beyond & ~above, low - gen.uniform(0.01, 0.7, shape), d)


def advantages(gen, shape, centre=0.4, scale=2.0):
    """N(centre, scale) advantages, clipped to the constraint."""
    return np.clip(gen.normal(centre, scale, shape), -MAX_ADVANTAGE, MAX_ADVANTAGE)


def lengths(gen, b, t, low=1):
    return gen.integers(low, t + 1, b)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    yield from edges(gen)
    yield from formula(gen)
    yield from masks(gen)
    yield from stability(gen)
    yield from maxima(gen)
    yield from gradients(gen)


def edges(gen):
    yield Case(pinned([-1.25], [-1.25], [1.5]), -1.5, "one element, the policy unchanged (ratio 1): the loss is -A",
               note_zh="只有一个元素，策略没有变化（比值为 1）：损失是 -A")
    yield Case(pinned([-0.5], [-1.0], [2.0], f32), -2.4,
               "one element, float32: ratio e^0.5 = 1.65 > 1.2 and A > 0, so the clipped 1.2 * A counts: -2.4",
               note_zh="只有一个元素，float32：比值 e^0.5 = 1.65 > 1.2 且 A > 0，所以计入裁剪后的 1.2 * A：-2.4")
    yield Case(pinned([-2.0], [-1.5], [-3.0], clip_eps=0.1), 2.7,
               "one element, clip_eps 0.1: ratio e^-0.5 = 0.61 < 0.9 and A < 0: -min(0.61 A, 0.9 A) = -0.9 A = 2.7",
               note_zh="只有一个元素，clip_eps 0.1：比值 e^-0.5 = 0.61 < 0.9 且 A < 0：-min(0.61 A, 0.9 A) = -0.9 A = 2.7")
    a = advantages(gen, (6, 9), centre=-0.7)
    same = ppo(gen, np.zeros((6, 9)), a, f32, mask=kit.padding_mask(lengths(gen, 6, 9), 9))
    same["logp_new"] = same["logp_old"].copy()
    yield Case(same, note="the first epoch: logp_new equals logp_old, every ratio is 1, the loss is -mean(A) over the "
                          "mask; (6, 9) right-padded, float32",
               note_zh="第一个 epoch：logp_new 等于 logp_old，每个比值都是 1，损失是掩码内的 -mean(A)；(6, 9)，右侧 padding，float32")
    yield Case(ppo(gen, spread(gen, 7), advantages(gen, 7)), note="7 elements, the defaults (clip_eps 0.2, no mask)",
               note_zh="7 个元素，默认参数（clip_eps 0.2，没有掩码）")


def formula(gen):
    n = 400
    yield Case(ppo(gen, spread(gen, n, outside=0.8), advantages(gen, n, 0.3, 2.0)),
               note="ratios far outside [0.8, 1.2] on both sides, A of both signs: max instead of min, the clipped or "
                    "the unclipped surrogate alone are all far off",
               note_zh="比值在两侧都远在 [0.8, 1.2] 之外，A 有正有负：用 max 代替 min、只用裁剪后的或只用未裁剪的那一项，都会差得很远")
    yield Case(ppo(gen, spread(gen, 300), advantages(gen, 300, 1.0, 1.5), f32, base=(1, 20)),
               note="A mostly positive (mean 1), float32: clipping the advantage instead of the ratio is far off",
               note_zh="A 大多为正（均值 1），float32：裁剪优势而不是比值，会差得很远")
    a = -np.abs(advantages(gen, 250, 0.0, 2.5)) - 0.1
    yield Case(ppo(gen, gen.uniform(-1.2, 0.4, 250), a),
               note="negative advantages, ratios mostly below 1 - eps: the clip must also act where A < 0 (the "
                    "objective is -0.8 |A|, not -r |A|)",
               note_zh="优势为负，比值大多低于 1 - eps：在 A < 0 的位置也必须裁剪（目标是 -0.8 |A|，不是 -r |A|）")
    yield Case(ppo(gen, spread(gen, 200, eps=0.1), advantages(gen, 200, -0.5, 3.0), eps=0.1),
               note="clip_eps 0.1: a hard-coded 0.2 is off wherever a ratio lies in [0.8, 0.9] or [1.1, 1.2]",
               note_zh="clip_eps 0.1：把 0.2 写死，比值落在 [0.8, 0.9] 或 [1.1, 1.2] 的地方都会出错")
    yield Case(ppo(gen, spread(gen, (8, 40), eps=0.3), advantages(gen, (8, 40), 0.8, 2.0), f32, eps=0.3),
               note="clip_eps 0.3, (8, 40), float32", note_zh="clip_eps 0.3，(8, 40)，float32")
    yield Case(ppo(gen, spread(gen, 500, eps=0.05, outside=0.7), advantages(gen, 500, 0.5, 1.0), eps=0.05),
               note="clip_eps 0.05: almost every ratio is clipped; log-ratios clipped to +-eps before exp, or the "
                    "advantage clipped, are far off",
               note_zh="clip_eps 0.05：几乎每个比值都被裁剪；在 exp 之前把 log 比值裁剪到 +-eps，或者裁剪优势，都会差得很远")
    yield Case(ppo(gen, gen.normal(0.15, 0.6, 300), advantages(gen, 300, -0.3, 4.0), base=(5, 60)),
               note="log-ratios with mean 0.15 and advantages with mean -0.3: exp(old - new) is far off",
               note_zh="log 比值的均值为 0.15，优势的均值为 -0.3：exp(old - new) 会差得很远")


def masks(gen):
    b, t = 8, 50
    yield Case(ppo(gen, spread(gen, (b, t)), advantages(gen, (b, t)), mask=kit.padding_mask(lengths(gen, b, t), t)),
               note="(8, 50) right-padded to 8 different lengths: the mask ignored, the sum over the total count, "
                    "the mean of per-sequence means each give another answer",
               note_zh="(8, 50)，右侧 padding 到 8 个不同的长度：忽略掩码、用元素总数去除总和、对每条序列的平均值再求平均，各自得到不同的答案")
    b, t = 12, 33
    yield Case(ppo(gen, spread(gen, (b, t)), advantages(gen, (b, t), -0.6, 1.5), f32, eps=0.25,
                   mask=kit.padding_mask(lengths(gen, b, t), t, keep="last")),
               note="(12, 33) left-padded (prompts padded on the left), clip_eps 0.25, float32",
               note_zh="(12, 33)，左侧 padding（prompt 在左侧填充），clip_eps 0.25，float32")
    yield Case(ppo(gen, spread(gen, 120), advantages(gen, 120, 0.7), mask=gen.random(120) < 0.35),
               note="1-D with a random mask keeping ~35%: the padding's values are as random as the rest",
               note_zh="1 维，随机掩码保留约 35%：padding 位置的值与其他位置一样随机")
    lengths_ = np.array([31, 2, 17, 1, 30, 9])
    yield Case(ppo(gen, spread(gen, (6, 31)), advantages(gen, (6, 31), 1.2, 1.0), mask=kit.padding_mask(lengths_, 31)),
               note="rows of 31, 2, 17, 1, 30 and 9 tokens: a token-level mean, not the mean of per-row means",
               note_zh="各行分别有 31、2、17、1、30 和 9 个 token：取 token 级平均，而不是各行平均值的平均")
    one = np.zeros((5, 7), dtype=bool)
    one[3, 4] = True
    yield Case(ppo(gen, spread(gen, (5, 7)), advantages(gen, (5, 7)), mask=one),
               note="a mask with a single True element: the answer is that element's loss",
               note_zh="掩码只有一个 True 元素：答案就是该元素的损失")
    yield Case(ppo(gen, spread(gen, (4, 16)), advantages(gen, (4, 16), -0.2), mask=np.ones((4, 16), dtype=bool)),
               note="a mask that keeps everything, (4, 16): the same as no mask", note_zh="保留全部元素的掩码，(4, 16)：与没有掩码相同")
    yield Case(ppo(gen, spread(gen, (10, 20)), advantages(gen, (10, 20), 0.5), f32, eps=0.15),
               note="(10, 20) without a mask, clip_eps 0.15, float32", note_zh="(10, 20)，没有掩码，clip_eps 0.15，float32")


def stability(gen):
    # GRPO: a group whose rewards are all equal has A = 0 on all its tokens; here those tokens' policy has moved far.
    b, t = 8, 64
    d = spread(gen, (b, t))
    a = advantages(gen, (b, t))
    zero_rows = np.array([1, 2, 5])
    a[zero_rows] = 0.0
    d[zero_rows] = gen.uniform(710, 9990, (3, t)) * np.where(gen.random((3, t)) < 0.8, 1.0, -1.0)
    yield Case(ppo(gen, d, a, base=(0.01, 5)),
               note="advantages exactly 0 on three rows (a GRPO group with equal rewards) whose log-ratios reach "
                    "710 to 10^4: exp overflows to inf, and inf * 0 is NaN; the loss is finite",
               note_zh="有三行的优势恰好为 0（一个奖励全都相同的 GRPO 组），它们的 log 比值达到 710 到 10^4：exp 上溢为 inf，而 inf * 0 是 NaN；损失是有限的")
    d, a = spread(gen, 400), advantages(gen, 400, -0.4)
    zero = gen.random(400) < 0.3
    a[zero], d[zero] = 0.0, gen.uniform(89, 700, zero.sum())
    yield Case(ppo(gen, d, a, f32, base=(0.5, 50), mask=gen.random(400) < 0.8),
               note="float32, advantages exactly 0 on 30% with log-ratios of 89 to 700: exp overflows past 88.7 in "
                    "float32 (not in float64), and inf * 0 is NaN",
               note_zh="float32，30% 的优势恰好为 0，log 比值为 89 到 700：float32 中 exp 超过 88.7 就上溢（float64 中不会），而 inf * 0 是 NaN")
    d = np.where(gen.random(300) < 0.5, gen.uniform(30, 9990, 300), -gen.uniform(30, 9990, 300))
    yield Case(ppo(gen, d, gen.uniform(0.1, 3.0, 300), base=(0.01, 5)),
               note="positive advantages with log-ratios of +-30 to +-10^4: the clipped side 1.2 A, or nearly 0",
               note_zh="优势为正，log 比值为 +-30 到 +-10^4：取裁剪的一侧 1.2 A，或者近乎 0")
    yield Case(ppo(gen, spread(gen, (6, 40)), advantages(gen, (6, 40)), base=(800, 9000),
                   mask=kit.padding_mask(lengths(gen, 6, 40), 40)),
               note="sequence log-probs of -800 to -9000: exp(new) / exp(old) is 0 / 0; the ratio is exp(new - old)",
               note_zh="序列 log 概率为 -800 到 -9000：exp(new) / exp(old) 是 0 / 0；比值是 exp(new - old)")
    yield Case(ppo(gen, spread(gen, 200), advantages(gen, 200, 0.6), f32, base=(105, 3000)),
               note="float32 log-probs of -105 to -3000: exp(logp) underflows to 0 in float32",
               note_zh="float32 的 log 概率为 -105 到 -3000：float32 中 exp(logp) 下溢为 0")
    a = -gen.uniform(0.5, 3.0, 200)
    yield Case(ppo(gen, gen.uniform(-2, 19.9, 200), a, eps=0.1),
               note="negative advantages with log-ratios up to 19.9: the loss's unbounded side, -A * r up to ~10^9",
               note_zh="优势为负，log 比值最大为 19.9：损失无界的一侧，-A * r 最大约为 10^9")
    yield Case(ppo(gen, gen.uniform(-1, 19.9, (4, 50)), -gen.uniform(0.1, 2.0, (4, 50)), f32,
                   mask=kit.padding_mask([50, 3, 20, 41], 50)),
               note="negative advantages with log-ratios up to 19.9, float32: ratios up to e^20 stay finite",
               note_zh="优势为负，log 比值最大为 19.9，float32：最大到 e^20 的比值仍然是有限值")
    d, a = spread(gen, MAX_SIZE, outside=0.3), advantages(gen, MAX_SIZE, 1.0, 0.5)
    few = gen.choice(MAX_SIZE, 3, replace=False)
    d[few], a[few] = gen.uniform(19.5, 19.9, 3), -gen.uniform(0.5, 1.0, 3)
    yield Case(ppo(gen, d, a, f32),
               note="max: 2^18 elements, float32, three tokens with ratios near e^19.7 on negative advantages: a "
                    "float32 running total reaches ~10^9 and then drops every ordinary token (sum pairwise, or in "
                    "float64)",
               note_zh="最大：2^18 个元素，float32，三个优势为负的 token 比值接近 e^19.7：float32 的累加和会达到约 10^9，"
                       "之后每个普通 token 都被舍掉（应成对求和，或用 float64 求和）")


def maxima(gen):
    b, t = 64, 4096
    yield Case(ppo(gen, spread(gen, (b, t), outside=0.4), advantages(gen, (b, t), 0.3, 1.0), f32,
                   mask=kit.padding_mask(lengths(gen, b, t, low=100), t)),
               note="max: (64, 4096) right-padded, float32", note_zh="最大：(64, 4096)，右侧 padding，float32")
    yield Case(ppo(gen, spread(gen, MAX_SIZE), advantages(gen, MAX_SIZE, -0.5, 2.0), eps=0.1, base=(0.1, 30)),
               note="max: 2^18 elements, 1-D, clip_eps 0.1, float64", note_zh="最大：2^18 个元素，1 维，clip_eps 0.1，float64")
    b, t = 512, 512
    yield Case(ppo(gen, spread(gen, (b, t)), advantages(gen, (b, t), 0.2, 3.0),
                   mask=kit.random_mask(gen, (b, t), keep=0.7)),
               note="max: (512, 512) with a random mask, float64", note_zh="最大：(512, 512)，随机掩码，float64")
    a = gen.normal(0, 1, MAX_SIZE)
    a = (a - a.mean()) / a.std()
    yield Case(ppo(gen, gen.normal(0, 0.1, MAX_SIZE), a, f32),
               note="max: 2^18 elements, normalised advantages (mean 0, std 1), ratios near 1, float32: the loss is "
                    "near 0 while its elements are O(1)",
               note_zh="最大：2^18 个元素，标准化的优势（均值 0，标准差 1），比值接近 1，float32：损失接近 0，而各元素是 O(1) 的")


def gradients(gen):
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients) to the
    # new log-probs only (problem.toml: gradient_inputs; the old log-probs and the advantages are constants of the
    # update, which a solution may detach). The expected gradients are finite differences of the reference (four
    # calls per element, steps up to 2e-3 * max(1, |x|)): the log-ratios stay at least 0.03 away from the kinks at
    # log(1 +- eps), the advantages at least 0.2 away from 0 (the branch each element takes never changes).
    def away(shape, eps):
        low, high = math.log1p(-eps), math.log1p(eps)
        pick = gen.integers(0, 3, shape)
        return np.choose(pick, [gen.uniform(low - 0.5, low - 0.04, shape), gen.uniform(low + 0.04, high - 0.04, shape),
                                gen.uniform(high + 0.04, high + 0.5, shape)])

    def signed(shape):
        return gen.uniform(0.2, 2.5, shape) * np.where(gen.random(shape) < 0.5, -1.0, 1.0)

    yield Case(ppo(gen, away(10, 0.2), signed(10), base=(0.2, 3)), gradient=True,
               note="gradients: 1-D, clipped and unclipped elements of both signs, float64 (the clipped ones have "
                    "zero gradient with respect to the log-probs)",
               note_zh="梯度：1 维，裁剪与未裁剪的元素，优势有正有负，float64（被裁剪的元素对 log 概率的梯度为零）")
    yield Case(ppo(gen, away((2, 5), 0.2), signed((2, 5)), f32, base=(0.2, 3), mask=kit.padding_mask([5, 3], 5)),
               gradient=True, note="gradients: (2, 5) with padding, float32 (the padding has zero gradient)",
               note_zh="梯度：(2, 5)，有 padding，float32（padding 的梯度为零）")
    yield Case(ppo(gen, away(8, 0.1), signed(8), eps=0.1, base=(0.2, 3), mask=np.array([1, 1, 0, 1, 1, 1, 0, 1], bool)),
               gradient=True, note="gradients: clip_eps 0.1 with a mask, float64",
               note_zh="梯度：clip_eps 0.1，有掩码，float64")

    # Far-clipped elements: log-ratios of 30 to 1000 where A > 0 (clipped at 1 + eps), -30 to -1000 with both signs
    # of A (where A < 0 clipped at 1 - eps; where A > 0 the ratio e^-30 or less makes the gradient ~1e-13 or less).
    # Their expected gradient is 0 (or nearly): a solution that computes exp of the raw log-ratio and clamps the ratio
    # afterwards has the right loss, but its backward multiplies the clamp's zero gradient by exp(1000) = inf: NaN.
    def far(n, eps, large):
        kind = gen.permutation(np.arange(n) % 4)  # 0, 1: far above (A > 0); 2: far below, A > 0; 3: far below, A < 0
        d = np.where(kind == 0, gen.uniform(large, 1000, n), gen.uniform(30, 1000, n))
        d = np.where(kind >= 2, -d, d)
        a = gen.uniform(0.2, 2.5, n) * np.where(kind == 3, -1.0, 1.0)
        ordinary = gen.random(n) < 0.35  # the rest: away from the kinks, as above
        d = np.where(ordinary, away(n, eps), d)
        a = np.where(ordinary, signed(n), a)
        return d, a

    d, a = far(16, 0.2, 710)
    yield Case(ppo(gen, d, a, base=(0.2, 3)), gradient=True,
               note="gradients: log-ratios of +-30 to +-1000 on clipped elements, float64: their gradient is 0, not "
                    "NaN (exp of the raw log-ratio overflows to inf, and the clamp's zero gradient times inf is NaN; "
                    "cap the exponent before exp)",
               note_zh="梯度：被裁剪的元素 log 比值为 +-30 到 +-1000，float64：它们的梯度是 0，而不是 NaN（对未截断的 log 比值取 "
                       "exp 会上溢为 inf，clamp 的零梯度乘以 inf 就是 NaN；应在 exp 之前截断指数）")
    d, a = far(12, 0.1, 89)
    yield Case(ppo(gen, d.reshape(2, 6), a.reshape(2, 6), f32, eps=0.1, base=(0.2, 3),
                   mask=kit.padding_mask([6, 4], 6)), gradient=True,
               note="gradients: log-ratios of +-30 to +-1000 on clipped elements, float32 (exp overflows past 88.7), "
                    "clip_eps 0.1, with padding: the gradient is 0 there, not NaN",
               note_zh="梯度：被裁剪的元素 log 比值为 +-30 到 +-1000，float32（exp 超过 88.7 就上溢），clip_eps 0.1，有 padding："
                       "那里的梯度是 0，而不是 NaN")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    new, old, a = given["logp_new"], given["logp_old"], given["advantages"]
    assert all(isinstance(x, np.ndarray) for x in (new, old, a)), "the three inputs are NumPy arrays"
    assert new.dtype in (f32, f64) and old.dtype == new.dtype and a.dtype == new.dtype, "one dtype, float32 or float64"
    assert new.ndim in (1, 2) and old.shape == new.shape and a.shape == new.shape, "one shape, (N,) or (B, T)"
    assert 1 <= new.size <= MAX_SIZE
    assert all(np.isfinite(x).all() for x in (new, old, a))
    assert np.abs(new).max() <= MAX_LOGP and np.abs(old).max() <= MAX_LOGP and np.abs(a).max() <= MAX_ADVANTAGE
    eps = given.get("clip_eps", 0.2)
    assert isinstance(eps, (int, float)) and not isinstance(eps, bool) and 0 < eps < 1
    mask = given.get("mask")
    if mask is not None:
        assert isinstance(mask, np.ndarray) and mask.dtype == bool and mask.shape == new.shape and mask.any()
    log_ratio = new.astype(f64) - old.astype(f64)
    assert (log_ratio[a < 0] <= MAX_NEGATIVE_LOG_RATIO).all(), "where A < 0, logp_new - logp_old <= 20"


SIZES = (16_384, 32_768, 65_536, 131_072, MAX_SIZE)  # for `compare`: the number of elements N (1-D, float64)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return ppo(gen, spread(gen, n), advantages(gen, n))
