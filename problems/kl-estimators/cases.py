"""Hidden tests for kl-estimators: the edges, one case (or more) per classic mistake, the precision and range
limits in both dtypes, then seeded cases at the maxima.

Inputs have no exploitable structure: each sample has its own log-probs (per-token ones near 0, sequence ones near
-10^3, log-densities of Gaussians that can be positive), log-ratios of both signs with a non-zero mean, shapes of
one to four axes. The classic mistakes and the cases that catch them (each off by far more than the tolerance):
- k3 as the naive exp(logr) - 1 - logr: exp(logr) rounds to 1 + logr give or take 1.1e-16, and k3 is logr**2 / 2,
  5e-17 at |logr| = 1e-8: every digit is lost (relative errors of 10^-3 to 2 over |logr| in 1e-8..1e-6, of O(1) at
  the minimum 1e-8); (r - 1) - log(r) with r = exp(logr) is NOT this mistake (r - 1 is exact and log(r) is
  taken of the same rounded r, so the rounding cancels: accepted/through_the_ratio.py);
- computing in float32 for float64 inputs: log-probs near -3 carry 1e-7 of rounding, the log-ratios of 1e-5 to
  1e-3 of the start of training lose 10^-4 to 10^-2 of themselves, the tiny ones everything;
- cancellation in float32 for float32 inputs: at |logr| = 1e-2, the float32 minimum, exp(logr) - 1 - logr in
  float32 is ~2e-3 off k3 (of the largest k3 of the case; expm1 in float32 is ~7e-6 off), which a switch to
  expm1 only below |logr| = 1e-3 (a threshold tuned for float64) does not save;
- logr with its sign swapped (logq - logp), k1 as +logr, k2 without the 1/2, k3 of the reciprocal ratio
  (exp(-logr) - 1 + logr): log-ratios with a mean far from 0, asymmetric, of O(1);
- large |logr|: exp(logp) / exp(logq) underflows to 0 / 0 (float64 log-probs below -745, float32 below -103), and
  a clamp of logr (to +-20) or of k3 (to +-10, verl's low_var_kl) changes k3: |logr| = 50 exactly (the maximum),
  |logr| of 5 to 50 in both dtypes, sequence log-probs near -800 (float64) and -120 (float32);
- float32 answered in float64; one KL estimate (the mean) instead of per-sample arrays; an input modified in
  place; a loop over the first axis as if the input were 1-D (a runtime error on the first 2-D case).
Float32 cases keep |logr| >= 1e-2 (the contract), float64 cases |logr| >= 1e-8 or exactly 0.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 2**18  # elements: a batch of 64 sequences of 4096 tokens
MAX_LOGR = 50.0  # |logp - logq|
MIN_LOGR = {"float64": 1e-8, "float32": 1e-2}  # |logp - logq| (float64 also allows exactly 0)
MAX_ABS = {"float64": 1e4, "float32": 1e3}  # |logp| and |logq|
f32, f64 = np.float32, np.float64


def sample(gen, logr, dtype=f64, *, base=(0.0, 6.0)):
    """One case's input whose log-ratios are `logr` (before rounding to `dtype`): both log-probs <= 0, the larger
    of the two at -a with a uniform in `base`, and logp - logq = logr."""
    logr = np.asarray(logr, dtype=f64)
    top = -gen.uniform(*base, logr.shape)
    logp, logq = top + np.minimum(logr, 0.0), top - np.maximum(logr, 0.0)
    return {"logp": logp.astype(dtype), "logq": logq.astype(dtype)}


def magnitudes(gen, low, high, shape, negative_share=0.5):
    """Log-ratios with |logr| log-uniform in [low, high], negative with probability `negative_share`."""
    sign = np.where(gen.random(shape) < negative_share, -1.0, 1.0)
    return sign * 10 ** gen.uniform(np.log10(low), np.log10(high), shape)


def floored(gen, logr, low=0.0101):
    """`logr` with every |value| below `low` (float32's minimum, with a margin) drawn again from [low, 2 low], its
    sign kept (a normal draw has values near 0; float32 cases keep |logr| >= 1e-2)."""
    logr = np.asarray(logr, dtype=f64)
    small = np.abs(logr) < low
    return np.where(small, np.where(logr < 0, -1.0, 1.0) * gen.uniform(low, 2 * low, logr.shape), logr)


def gaussians(gen, n, q=(0.0, 1.0), p=(0.1, 1.0)):
    """Schulman's setting: x ~ q = N(mean, sd^2), logp and logq the log-densities of p and q at x (they are
    positive where a density exceeds 1); samples whose |logr| would be below 1e-8 are drawn again."""
    x = gen.normal(q[0], q[1], 4 * n)
    logq, logp = (-0.5 * ((x - m) / s) ** 2 - np.log(s * np.sqrt(2 * np.pi)) for m, s in (q, p))
    keep = np.abs(logp - logq) >= 1.0001e-8
    return {"logp": logp[keep][:n], "logq": logq[keep][:n]}


def pinned(logp, logq, dtype=f64):
    return {"logp": np.array(logp, dtype=dtype), "logq": np.array(logq, dtype=dtype)}


def answer(logr, dtype=f64):
    """The pinned answer for exactly representable log-ratios, by the definitions (expm1 for k3)."""
    logr = np.array(logr, dtype=f64)
    return (-logr).astype(dtype), (logr**2 / 2).astype(dtype), (np.expm1(logr) - logr).astype(dtype)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges: one sample in each dtype; p = q; shapes of one to four axes.
    yield Case(pinned([-1.5], [-2.0]), answer([0.5]),
               "one sample, logr = 0.5: k1 = -0.5, k2 = 0.125, k3 = e^0.5 - 1.5 = 0.1487",
               note_zh="一个样本，logr = 0.5：k1 = -0.5，k2 = 0.125，k3 = e^0.5 - 1.5 = 0.1487")
    yield Case(pinned([-3.25], [-1.0], f32), answer([-2.25], f32),
               "one sample, float32, logr = -2.25: k3 = e^-2.25 + 1.25 = 1.3554 (float32 stays float32)",
               note_zh="一个样本，float32，logr = -2.25：k3 = e^-2.25 + 1.25 = 1.3554（输入 float32，输出也是 float32）")
    same = sample(gen, np.zeros((3, 5)))
    yield Case(same, answer(np.zeros((3, 5))),
               "p = q (the policy is the reference, training's first step): logr = 0, all three exactly 0, (3, 5)",
               note_zh="p = q（策略模型就是参考模型，训练的第一步）：logr = 0，三者都恰好为 0，(3, 5)")
    yield Case(sample(gen, gen.normal(0.3, 0.8, (2, 4, 8))), note="a (2, 4, 8) batch, logr ~ N(0.3, 0.8)",
               note_zh="一个 (2, 4, 8) 的 batch，logr ~ N(0.3, 0.8)")
    yield Case(sample(gen, magnitudes(gen, 0.011, 2.0, (2, 3, 4, 5)), f32),
               note="four axes (2, 3, 4, 5), float32, |logr| from 1e-2 to 2",
               note_zh="四个轴 (2, 3, 4, 5)，float32，|logr| 从 1e-2 到 2")

    # Precision: the naive k3 at tiny log-ratios; float32 arithmetic.
    yield Case(sample(gen, magnitudes(gen, 1.0001e-8, 1e-6, (4, 64))),
               note="|logr| from 1e-8 to 1e-6, float64: exp(logr) - 1 - logr loses every digit of k3 ~ logr^2 / 2",
               note_zh="|logr| 从 1e-8 到 1e-6，float64：exp(logr) - 1 - logr 保不住 k3 ~ logr^2 / 2 的任何一位有效数字")
    yield Case(sample(gen, np.where(gen.random(40) < 0.5, -1.0, 1.0) * 1.0001e-8, base=(0.1, 3.0)),
               note="min: |logr| = 1e-8 (to 4 digits), float64: k3 = 5e-17, the naive formula gives 0 or 1e-16",
               note_zh="最小：|logr| = 1e-8（精确到 4 位），float64：k3 = 5e-17，朴素公式给出 0 或 1e-16")
    yield Case(sample(gen, magnitudes(gen, 1e-5, 1e-3, (8, 32), 0.4), base=(0.5, 8.0)),
               note="start of training, float64: |logr| from 1e-5 to 1e-3 on log-probs near -4; "
                    "computing in float32 loses 1e-4 to 1e-2 of them",
               note_zh="训练开始时，float64：|logr| 从 1e-5 到 1e-3，log 概率在 -4 附近；"
                       "用 float32 计算会让它们丢掉自身的 1e-4 到 1e-2")
    yield Case(sample(gen, magnitudes(gen, 0.0101, 0.012, (8, 128)), f32),
               note="|logr| from 1e-2 to 1.2e-2, float32 (the float32 minimum): exp(logr) - 1 - logr in float32 is "
                    "~2e-3 off k3; expm1 in float32 is ~1e-5 off",
               note_zh="|logr| 从 1e-2 到 1.2e-2，float32（float32 的最小值）：在 float32 中 exp(logr) - 1 - logr "
                       "与 k3 相差约 2e-3；float32 中的 expm1 相差约 1e-5")
    yield Case(sample(gen, magnitudes(gen, 0.0101, 0.05, (16, 64), 0.3), f32, base=(1.0, 12.0)),
               note="|logr| from 1e-2 to 5e-2, float32, log-probs near -6",
               note_zh="|logr| 从 1e-2 到 5e-2，float32，log 概率在 -6 附近")
    yield Case(sample(gen, magnitudes(gen, 1.0001e-8, MAX_LOGR, (16, 256))),
               note="|logr| anywhere from 1e-8 to 50, float64",
               note_zh="|logr| 可取 1e-8 到 50 之间的任何值，float64")

    # The formula: signs, the 1/2, the ratio's direction.
    yield Case(sample(gen, gen.normal(1.2, 1.0, (6, 40))),
               note="logr ~ N(1.2, 1): the sign of logr or of k1, the 1/2 of k2 and exp(-logr) in k3 all show",
               note_zh="logr ~ N(1.2, 1)：logr 或 k1 的符号、k2 的 1/2、k3 中的 exp(-logr) 都会暴露出来")
    yield Case(sample(gen, gen.normal(-2.0, 1.2, (5, 33))),
               note="logr ~ N(-2, 1.2), mostly negative: the reference finds the policy's samples less likely",
               note_zh="logr ~ N(-2, 1.2)，大多为负：参考模型给策略模型的样本的概率更小")
    yield Case(sample(gen, floored(gen, gen.normal(0.4, 0.9, (4, 3, 50))), f32),
               note="logr ~ N(0.4, 0.9), float32, (4, 3, 50)",
               note_zh="logr ~ N(0.4, 0.9)，float32，(4, 3, 50)")
    yield Case(gaussians(gen, 10_000),
               note="Schulman's example: x ~ q = N(0, 1), p = N(0.1, 1), 10^4 samples of log-densities",
               note_zh="Schulman 的例子：x ~ q = N(0, 1)，p = N(0.1, 1)，10^4 个样本的 log 概率密度")
    yield Case(gaussians(gen, 5_000, q=(0.0, 0.05), p=(0.02, 0.06)),
               note="x ~ q = N(0, 0.05^2), p = N(0.02, 0.06^2): log-densities up to +2, not log-probs",
               note_zh="x ~ q = N(0, 0.05^2)，p = N(0.02, 0.06^2)：log 概率密度最高到 +2，不是 log 概率")

    # Range: |logr| up to 50; exp of a log-prob underflows.
    yield Case(pinned([-10, -60, -1.5, -50.75, -2, -7], [-60, -10, -51.5, -0.75, -14, -3.5]),
               answer([50, -50, 50, -50, 12, -3.5]),
               "max: |logr| = 50 exactly: k3(50) = e^50 - 51 = 5.18e21, k3(-50) = 49; a clamp of logr or k3 shows",
               note_zh="最大：|logr| 恰好为 50：k3(50) = e^50 - 51 = 5.18e21，k3(-50) = 49；"
                       "对 logr 或 k3 截断（clamp）会暴露出来")
    yield Case(pinned([-10, -60, -1.5, -50.75, -2, -7], [-60, -10, -51.5, -0.75, -14, -3.5], f32),
               answer([50, -50, 50, -50, 12, -3.5], f32),
               "max: |logr| = 50 exactly, float32: e^50 = 5.18e21 is still finite in float32",
               note_zh="最大：|logr| 恰好为 50，float32：e^50 = 5.18e21 在 float32 中仍是有限值")
    yield Case(sample(gen, magnitudes(gen, 5.0, MAX_LOGR, (8, 50), 0.5)),
               note="|logr| from 5 to 50, float64: k3 up to e^50, above 10 (verl's clamp) almost everywhere",
               note_zh="|logr| 从 5 到 50，float64：k3 最大到 e^50，几乎处处超过 10（verl 的截断值）")
    yield Case(sample(gen, magnitudes(gen, 5.0, MAX_LOGR, (8, 50), 0.6), f32),
               note="|logr| from 5 to 50, float32",
               note_zh="|logr| 从 5 到 50，float32")
    yield Case(sample(gen, gen.normal(0.5, 2.0, (4, 25)), base=(750.0, 950.0)),
               note="sequence log-probs near -850, float64: exp(logp) and exp(logq) underflow to 0 (0 / 0 is NaN)",
               note_zh="序列 log 概率在 -850 附近，float64：exp(logp) 和 exp(logq) 下溢成 0（0 / 0 是 NaN）")
    yield Case(sample(gen, floored(gen, gen.normal(-0.5, 2.0, (4, 25))), f32, base=(105.0, 140.0)),
               note="sequence log-probs near -120, float32: exp underflows to 0 below -103 in float32",
               note_zh="序列 log 概率在 -120 附近，float32：在 float32 中低于 -103 时 exp 下溢成 0")

    # The maxima.
    yield Case(sample(gen, magnitudes(gen, 1.0001e-8, MAX_LOGR, (64, 4096))),
               note="max: 2^18 elements (64, 4096), float64, |logr| from 1e-8 to 50",
               note_zh="最大：2^18 个元素 (64, 4096)，float64，|logr| 从 1e-8 到 50")
    yield Case(sample(gen, magnitudes(gen, 0.0101, MAX_LOGR, (64, 4096), 0.6), f32, base=(0.0, 20.0)),
               note="max: 2^18 elements (64, 4096), float32, |logr| from 1e-2 to 50",
               note_zh="最大：2^18 个元素 (64, 4096)，float32，|logr| 从 1e-2 到 50")
    yield Case(sample(gen, gen.normal(0.02, 0.3, MAX_SIZE), base=(0.0, 1000.0)),
               note="max: 2^18 samples in one axis, float64, logr ~ N(0.02, 0.3), log-probs down to -1000",
               note_zh="最大：一个轴上 2^18 个样本，float64，logr ~ N(0.02, 0.3)，log 概率低至 -1000")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    logp, logq = given["logp"], given["logq"]
    assert isinstance(logp, np.ndarray) and isinstance(logq, np.ndarray), "logp and logq are NumPy arrays"
    assert logp.dtype in (f32, f64) and logq.dtype == logp.dtype, "one dtype, float32 or float64"
    assert logp.shape == logq.shape and logp.ndim >= 1 and 1 <= logp.size <= MAX_SIZE, "one shape, 1 to 2^18 elements"
    bound = MAX_ABS[str(logp.dtype)]
    assert all(np.isfinite(a).all() and (np.abs(a) <= bound).all() for a in (logp, logq)), "finite, |value| <= bound"
    logr = np.abs(logp.astype(f64) - logq.astype(f64))
    assert (logr <= MAX_LOGR).all(), "|logr| <= 50"
    if logp.dtype == f32:
        assert (logr >= MIN_LOGR["float32"]).all(), "float32: |logr| >= 1e-2"
    else:
        assert ((logr == 0) | (logr >= MIN_LOGR["float64"])).all(), "float64: |logr| >= 1e-8 or logr = 0"


SIZES = (16_384, 32_768, 65_536, 131_072, MAX_SIZE)  # for `compare`: the number of samples (1-D, float64)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return sample(gen, magnitudes(gen, 1.0001e-8, MAX_LOGR, n))
