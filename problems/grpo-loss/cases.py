"""Hidden tests for grpo-loss: the edges, one case (or more) per classic mistake, then seeded cases at the maxima.

Inputs have no exploitable structure: groups whose reward means and spreads differ (so a group's statistics are
not the batch's), off-policy log-probs (the policy has moved since sampling: ratios on both sides of the clip
range), a reference unlike the policy, completions of different lengths, and masked-out positions that hold finite
values far from the real ones. The classic mistakes and the cases that catch them (each off by far more than the
tolerance):
- the biased std (ddof=0, NumPy's default): groups of 2 to 4, where it is sqrt(G / (G - 1)) = 1.41 to 1.15 times
  too small and every advantage that much too large;
- one mean and std over the whole batch, or the group's mean with the batch's std (TRL's scale_rewards="batch"),
  or no std at all (Dr. GRPO's scale_rewards="none"): groups whose means lie far apart and whose spreads differ;
- groups taken interleaved (completion i in group i % groups, a reshape(G, -1)): 3 groups of 5 and every
  multi-group case, rewards unlike across groups;
- eps inside the square root (sqrt(var + eps)): rewards with a std near 0.01, where it divides by 0.0141 instead
  of 0.0101, and a case with eps = 0.5; no eps at all: 0 / 0 = NaN in a group whose rewards are all equal;
- a group whose rewards are all equal (all 0 or all 1, as binary correctness rewards often are): advantages 0;
- the token mean over the batch (DAPO's and TRL's loss_type="dapo"), the sum over the batch divided by N * T
  (Dr. GRPO), or a completion's sum not divided by its length: lengths from 1 to T in one batch;
- the mask ignored (the mean over all T tokens, or padding included in the sum): masked-out positions whose
  ratios reach e^+-10, random (tool-call) masks as well as right padding;
- k1 (ref - new, or new - ref) in place of k3, k3's argument reversed (exp(new - ref) - (new - ref) - 1), the KL
  added with the wrong sign or left out: a batch whose groups are all constant (the advantages are 0 and the loss
  is the KL term alone), the first iteration (logp_old = logp_new: the surrogate terms cancel to 0), beta up to 1;
- max instead of min, the clip applied to one side only, or the unclipped ratio: ratios from e^-1 to e^1 with
  advantages of both signs;
- exp(new) / exp(old) instead of exp(new - old): a sharp float32 policy with token log-probs down to -150, where
  both exponentials underflow to 0;
- the one-pass variance (E[r^2] - E[r]^2) * G / (G - 1) in float32: rewards ~900 +- 1 (the last cases), where it
  cancels catastrophically (the advantages off by 1% to far more);
- the defaults (clip_eps 0.2, beta 0.04, eps 1e-4; TRL's own GRPOConfig now defaults beta to 0), float32
  advantages answered in float64, an input modified in place.
group_size is at least 2 in every case: the unbiased std of one sample is 0 / 0 (the statement says so).
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

LOGPS = ("logp_new", "logp_old", "logp_ref")
MAX_N = 65536  # completions
MAX_T = 1024  # tokens per completion
MAX_TOKENS = 2**19  # N * T
MAX_LOGP = 300.0  # token log-probs in [-300, 0]
MAX_GAP = 20.0  # |logp_new - logp_old| and |logp_ref - logp_new|, everywhere (masked-out positions too)
MAX_REWARD = 1e3
f32, f64 = np.float32, np.float64


def spread_rewards(gen, groups, size, centre=3.0, scale=(0.3, 3.0)):
    """Rewards whose group means (N(0, centre)) and spreads (uniform in `scale`) differ from group to group."""
    means = gen.normal(0.0, centre, (groups, 1))
    spreads = gen.uniform(*scale, (groups, 1))
    return (means + spreads * gen.standard_normal((groups, size))).reshape(-1)


def binary_rewards(gen, groups, size, constant=()):
    """0/1 correctness rewards, each group with its own success rate; the groups in `constant` all 0 or all 1."""
    rewards = (gen.random((groups, size)) < gen.uniform(0.2, 0.8, (groups, 1))).astype(f64)
    for g in constant:
        rewards[g] = float(gen.random() < 0.5)
    return rewards.reshape(-1)


def masks(gen, n, t, kind):
    """(n, t) bool, each row with a True: right padding to random lengths, full, random (tool masks) or extreme
    lengths (half the rows 1 token, half all t)."""
    if kind == "full":
        return np.ones((n, t), dtype=bool)
    if kind == "tool":
        return kit.random_mask(gen, (n, t), keep=gen.uniform(0.4, 0.8))
    if kind == "extreme":
        lengths = np.where(gen.random(n) < 0.5, 1, t)
    else:
        lengths = gen.integers(1, t + 1, n)
    return kit.padding_mask(lengths, t)


def batch(gen, rewards, group_size, t, dtype=f64, *, drift=0.3, kl=0.3, mask="right", pad=4.0, depth=1.0,
          first_step=False, **options):
    """One case's input: token log-probs of the new policy -Exp(depth) (most tokens confident), the old policy's
    and the reference's off by N(0, drift) and N(0, kl) (N(0, pad) at masked-out positions), all <= 0."""
    n = len(rewards)
    keep = masks(gen, n, t, mask)
    new = -np.minimum(gen.exponential(depth, (n, t)), MAX_LOGP)
    old_gap = np.where(keep, gen.normal(0.0, drift, (n, t)), gen.normal(0.0, pad, (n, t)))
    ref_gap = np.where(keep, gen.normal(0.0, kl, (n, t)), gen.normal(0.0, pad, (n, t)))
    old = new.copy() if first_step else bounded(new, old_gap)
    ref = bounded(new, ref_gap)
    given = {"rewards": np.asarray(rewards, dtype=f64).astype(dtype)}
    given.update((name, a.astype(dtype)) for name, a in zip(LOGPS, (new, old, ref)))
    return {**given, "mask": keep, "group_size": group_size, **options}


def bounded(base, gap):
    """base + gap, kept within [-MAX_LOGP, 0] and within MAX_GAP / 2 of base (float32 rounding stays inside)."""
    return np.clip(base + np.clip(gap, -MAX_GAP / 2, MAX_GAP / 2), -MAX_LOGP, 0.0)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges: the smallest batch; groups of 2 (the biased std's largest error).
    yield Case({"rewards": np.array([1.0, 0.0]), "logp_new": np.array([[-0.5]]).repeat(2, 0),
                "logp_old": np.array([[-0.5]]).repeat(2, 0), "logp_ref": np.array([[-0.5]]).repeat(2, 0),
                "mask": np.ones((2, 1), dtype=bool), "group_size": 2},
               (0.0, np.array([0.5, -0.5]) / (np.sqrt(0.5) + 1e-4)),
               "one group of 2, one token, every policy equal: advantages +-0.5 / (0.7071 + 1e-4), loss 0",
               note_zh="一组 2 个回答，一个 token，所有策略都相同：优势为 +-0.5 / (0.7071 + 1e-4)，损失为 0")
    yield Case(batch(gen, [0.3, 1.1], 2, 1, f32, drift=0.5, kl=0.5),
               note="one group of 2, one token each, float32: ddof=0 makes both advantages 41% too large",
               note_zh="一组 2 个回答，每个一个 token，float32：ddof=0 会让两个优势都大 41%")
    yield Case(batch(gen, spread_rewards(gen, 6, 2), 2, 9, drift=0.4),
               note="6 groups of 2: the biased std (ddof=0) is 1/sqrt(2) of the unbiased one",
               note_zh="6 组，每组 2 个：有偏标准差（ddof=0）是无偏标准差的 1/sqrt(2)")
    yield Case(batch(gen, spread_rewards(gen, 5, 3), 3, 12, f32, drift=0.4),
               note="5 groups of 3, float32: the biased std is sqrt(2/3) of the unbiased one",
               note_zh="5 组，每组 3 个，float32：有偏标准差是无偏标准差的 sqrt(2/3)")
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 16, drift=0.35, clip_eps=0.25),
               note="4 groups of 4, clip_eps 0.25: the biased std is sqrt(3/4) of the unbiased one",
               note_zh="4 组，每组 4 个，clip_eps 0.25：有偏标准差是无偏标准差的 sqrt(3/4)")

    # Where the groups are: one group's statistics, consecutive groups.
    yield Case(batch(gen, spread_rewards(gen, 5, 4, centre=4.0, scale=(0.2, 4.0)), 4, 10),
               note="5 groups of 4, means ~N(0, 4), spreads 0.2 to 4: batch-wide mean or std is far off",
               note_zh="5 组，每组 4 个，组均值 ~N(0, 4)，离散程度 0.2 到 4：用整个 batch 的均值或标准差会差得很远")
    yield Case(batch(gen, spread_rewards(gen, 3, 5, centre=5.0), 5, 7, f32, beta=0.1),
               note="3 groups of 5 (N = 15), float32: groups taken interleaved (i % 3) mix unlike rewards",
               note_zh="3 组，每组 5 个（N = 15），float32：交错分组（i % 3）会把不同组的奖励混在一起")
    yield Case(batch(gen, spread_rewards(gen, 8, 6, scale=(0.1, 5.0)), 6, 20, mask="tool", beta=0.02),
               note="8 groups of 6 with spreads 0.1 to 5, random masks: group mean with the batch std is off",
               note_zh="8 组，每组 6 个，离散程度 0.1 到 5，随机掩码：组内均值配上整个 batch 的标准差是错的")

    # Groups whose rewards are all equal; eps.
    yield Case(batch(gen, binary_rewards(gen, 6, 4, constant=(1, 4)), 4, 15, f32),
               note="0/1 rewards, groups 1 and 4 all equal (std 0), float32: advantages 0 there, not 0/0 = NaN",
               note_zh="0/1 奖励，第 1 组和第 4 组的奖励全部相同（标准差为 0），float32：那里的优势为 0，不是 0/0 = NaN")
    yield Case(batch(gen, binary_rewards(gen, 5, 8, constant=(0, 2, 3)), 8, 24, drift=0.5),
               note="0/1 rewards, 3 of 5 groups all equal: advantages 0, and the loss of those is the KL alone",
               note_zh="0/1 奖励，5 组中有 3 组的奖励全部相同：优势为 0，这些组的损失只有 KL 项")
    yield Case(batch(gen, 0.5 + 0.01 * gen.standard_normal(24), 4, 12, drift=0.4),
               note="reward std ~0.01: eps inside the sqrt divides by sqrt(var + 1e-4), ~30% too much",
               note_zh="奖励的标准差约为 0.01：把 eps 放进 sqrt 里会除以 sqrt(var + 1e-4)，大了约 30%")
    yield Case(batch(gen, spread_rewards(gen, 4, 3, scale=(0.2, 1.0)), 3, 8, eps=0.5),
               note="eps = 0.5 given: std + 0.5, not sqrt(var + 0.5), not the default 1e-4",
               note_zh="给出 eps = 0.5：std + 0.5，不是 sqrt(var + 0.5)，也不是默认的 1e-4")

    # The loss's averaging and the mask.
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 64, mask="extreme", drift=0.5),
               note="lengths 1 and 64 in one batch: the token mean over the batch (DAPO) is far from the "
                    "mean over completions", note_zh="同一个 batch 中有长度 1 和 64：对整个 batch 的 token 求平均（DAPO）与对回答求平均相差很远")
    yield Case(batch(gen, spread_rewards(gen, 6, 4), 4, 48, f32, drift=0.5),
               note="right padding to lengths 1 to 48, float32: DAPO's token mean, Dr. GRPO's / (N * T), or the "
                    "completion's sum undivided",
               note_zh="右侧填充到长度 1 到 48，float32：DAPO 的 token 平均、Dr. GRPO 的 / (N * T)，或者回答的总和不除以长度，都是错的")
    yield Case(batch(gen, spread_rewards(gen, 5, 4), 4, 30, mask="tool", pad=5.0),
               note="random (tool-call) masks, masked-out ratios up to e^+-10: the mask ignored is far off",
               note_zh="随机（工具调用）掩码，被掩掉位置的比值可达 e^+-10：忽略掩码会差得很远")

    # The KL term.
    yield Case(batch(gen, np.repeat(gen.normal(0, 2, 6), 4), 4, 20, kl=0.7, beta=0.2),
               note="every group constant: advantages 0 and the loss is beta * mean k3; k1 (ref - new), "
                    "new - ref, or k3 of new - ref is far off",
               note_zh="每组的奖励都是常数：优势为 0，损失是 beta * mean k3；k1（ref - new）、new - ref，或 new - ref 的 k3 都会差得很远")
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 16, first_step=True, kl=0.5, beta=0.1),
               note="the first iteration: logp_old = logp_new, ratio 1, the surrogate terms cancel; the loss is "
                    "the KL term alone", note_zh="第一次迭代：logp_old = logp_new，比值为 1，代理目标项相互抵消；损失只剩 KL 项")
    yield Case(batch(gen, spread_rewards(gen, 5, 4), 4, 25, f32, kl=0.6, beta=0.5),
               note="beta 0.5, reference N(0, 0.6) from the policy, float32: the KL's form and sign show",
               note_zh="beta 0.5，参考模型与策略相差 N(0, 0.6)，float32：KL 的形式和符号都会显现出来")
    yield Case(batch(gen, spread_rewards(gen, 3, 4), 4, 10, kl=1.0, beta=1.0, clip_eps=0.1),
               note="beta 1 (the largest), clip_eps 0.1", note_zh="beta 1（最大值），clip_eps 0.1")
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 12, beta=0.0),
               note="beta 0: no KL term at all (TRL's current default)", note_zh="beta 0：完全没有 KL 项（TRL 当前的默认值）")

    # The clipped surrogate.
    yield Case(batch(gen, spread_rewards(gen, 6, 4), 4, 18, drift=1.0, kl=0.2),
               note="ratios e^-1 to e^1 on both signs of the advantage: max instead of min, a one-sided clip or "
                    "the bare ratio are far off",
               note_zh="比值在 e^-1 到 e^1 之间，优势有正有负：用 max 代替 min、只截断一侧或直接用不截断的比值，都会差得很远")
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 14, f32, drift=0.8, clip_eps=0.3),
               note="clip_eps 0.3, ratios e^-0.8 to e^0.8, float32",
               note_zh="clip_eps 0.3，比值在 e^-0.8 到 e^0.8 之间，float32")
    yield Case(batch(gen, spread_rewards(gen, 4, 4), 4, 16, f32, drift=0.3, depth=60.0),
               note="a sharp float32 policy, token log-probs down to -150 and below: exp(new) / exp(old) is 0 / 0",
               note_zh="一个尖锐的 float32 策略，token 的 log 概率低到 -150 甚至更低：exp(new) / exp(old) 是 0 / 0")
    yield Case(batch(gen, spread_rewards(gen, 5, 4), 4, 16, clip_eps=0.2, beta=0.04, eps=1e-4),
               note="every option given at its default value", note_zh="每个可选参数都按默认值给出")
    yield Case(batch(gen, spread_rewards(gen, 5, 4), 4, 16, f32),
               note="the defaults (clip_eps 0.2, beta 0.04, eps 1e-4), float32",
               note_zh="默认参数（clip_eps 0.2，beta 0.04，eps 1e-4），float32")

    # The maxima (N * T = 2^19 tokens).
    yield Case(batch(gen, binary_rewards(gen, MAX_N // 16, 16), 16, 8, mask="right"),
               note="max: N = 65536 completions (4096 groups of 16), T = 8, 0/1 rewards, float64",
               note_zh="最大：N = 65536 个回答（4096 组，每组 16 个），T = 8，0/1 奖励，float64")
    yield Case(batch(gen, spread_rewards(gen, 64, 8), 8, MAX_T, f32, drift=0.2, beta=0.04),
               note="max: N = 512 (64 groups of 8), T = 1024, float32",
               note_zh="最大：N = 512（64 组，每组 8 个），T = 1024，float32")
    yield Case(batch(gen, spread_rewards(gen, 1, 4096), 4096, 128, mask="tool"),
               note="max: one group of 4096, T = 128, random masks, float64",
               note_zh="最大：一组 4096 个，T = 128，随机掩码，float64")
    yield Case(batch(gen, binary_rewards(gen, MAX_N // 64, 64), 64, 8, f32, mask="extreme"),
               note="max: N = 65536 (1024 groups of 64), T = 8, lengths 1 and 8, float32",
               note_zh="最大：N = 65536（1024 组，每组 64 个），T = 8，长度为 1 和 8，float32")

    yield from gradients(gen)
    yield from large_offset(gen)  # added last, so the seeded cases before it stay the same


def gradients(gen):
    # Gradient cases: the PyTorch flavour also back-propagates sum(loss * R) (harness.grading.gradients) to the new
    # log-probs only (problem.toml: gradient_inputs and gradient_outputs = [0]; the old and reference log-probs and
    # the advantages are constants, which TRL detaches). The expected gradients are finite differences of the
    # reference (four calls per element, steps up to 2e-3 * max(1, |x|) <= 6e-3 here): every log-ratio, masked-out
    # ones too, stays at least 0.04 away from the kinks at log(1 +- clip_eps), and no group is constant.
    def away(shape, eps):
        low, high = np.log1p(-eps), np.log1p(eps)
        pick = gen.integers(0, 3, shape)
        return np.choose(pick, [gen.uniform(low - 0.5, low - 0.04, shape), gen.uniform(low + 0.04, high - 0.04, shape),
                                gen.uniform(high + 0.04, high + 0.5, shape)])

    def case(groups, size, t, dtype, mask, clip_eps=0.2, **options):
        n = groups * size
        new = -gen.uniform(1.0, 3.0, (n, t))  # log-ratios within +-0.86: old = new - log-ratio stays <= 0
        given = {"rewards": spread_rewards(gen, groups, size).astype(dtype), "logp_new": new.astype(dtype),
                 "logp_old": (new - away((n, t), clip_eps)).astype(dtype),
                 "logp_ref": np.minimum(new + gen.normal(0.0, 0.4, (n, t)), 0.0).astype(dtype),
                 "mask": masks(gen, n, t, mask), "group_size": size}
        return given | ({"clip_eps": clip_eps} if clip_eps != 0.2 else {}) | options

    yield Case(case(2, 2, 4, f64, "full"), gradient=True,
               note="gradients: N = 4 (2 groups of 2), T = 4, every token kept, ratios clipped and unclipped on both "
                    "signs of the advantage, float64 (the clipped tokens' gradient is the KL term's alone)",
               note_zh="梯度：N = 4（2 组，每组 2 个），T = 4，保留所有 token，优势有正有负，比值有截断的也有未截断的，float64（被截断的 token 的梯度只来自 KL 项）")
    yield Case(case(2, 3, 5, f32, "right", beta=0.2), gradient=True,
               note="gradients: N = 6 (2 groups of 3), T = 5, right padding, beta 0.2, float32 (the padding has zero "
                    "gradient; each completion's tokens weigh 1 / its length)",
               note_zh="梯度：N = 6（2 组，每组 3 个），T = 5，右侧填充，beta 0.2，float32（填充位置的梯度为零；每个回答的 token 权重为 1 / 它的长度）")
    yield Case(case(2, 4, 3, f64, "tool", clip_eps=0.3, beta=0.1), gradient=True,
               note="gradients: N = 8 (2 groups of 4), T = 3, random masks, clip_eps 0.3, beta 0.1, float64",
               note_zh="梯度：N = 8（2 组，每组 4 个），T = 3，随机掩码，clip_eps 0.3，beta 0.1，float64")


def offset_rewards(gen, groups, size, offset=900.0, shift=40, spread=(0.5, 1.5), grid=64):
    """Rewards with a large shared offset and a small spread: group means offset + an integer in [-shift, shift],
    deviations N(0, s) with s uniform in `spread`, rounded to multiples of 1 / grid (so every float32 group sum, and
    with a group size a power of 2 every group mean, is exact: the two-pass statistics in float32 stay within 2e-7
    of the reference, the one-pass ones do not)."""
    means = offset + gen.integers(-shift, shift + 1, (groups, 1))
    deviations = gen.uniform(*spread, (groups, 1)) * gen.standard_normal((groups, size))
    return (means + np.round(deviations * grid) / grid).reshape(-1)


def large_offset(gen):
    # Rewards ~900 +- 1 (a reward model's scores, or a length bonus, on top of a constant): E[r^2] ~ 8.1e5 carries
    # float32's rounding of ~0.05, so the one-pass variance (E[r^2] - E[r]^2) * G / (G - 1) in float32 loses most of
    # its digits (the variances are 0.25 to 2.25). Over 30 seeds the one-pass advantages were off by 2% to 2800x
    # (groups of 4) and 0.9% to 30% (groups of 8) of the largest; NumPy's two-pass std in float32, TRL's
    # torch.std in float32 and the float64 formulations within 2e-7.
    yield Case(batch(gen, offset_rewards(gen, 6, 4), 4, 16, f32, drift=0.4),
               note="float32 rewards ~900 +- 1 (6 groups of 4): the one-pass variance E[r^2] - E[r]^2 cancels "
                    "catastrophically; subtract the group mean first (two passes) or compute in float64",
               note_zh="float32 的奖励约为 900 +- 1（6 组，每组 4 个）：一遍式方差 E[r^2] - E[r]^2 会发生灾难性抵消；"
                       "要先减去组均值（两遍计算），或者用 float64 计算")
    yield Case(batch(gen, offset_rewards(gen, 8, 8), 8, 12, f32, drift=0.4, beta=0.1),
               note="float32 rewards ~900 +- 1, 8 groups of 8, beta 0.1: the one-pass variance is far off",
               note_zh="float32 的奖励约为 900 +- 1，8 组，每组 8 个，beta 0.1：一遍式方差差得很远")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    rewards, mask, size = given["rewards"], given["mask"], given["group_size"]
    logps = [given[name] for name in LOGPS]
    assert isinstance(rewards, np.ndarray) and rewards.dtype in (f32, f64) and rewards.ndim == 1
    assert all(isinstance(a, np.ndarray) and a.dtype == rewards.dtype for a in logps), "one dtype"
    n = rewards.shape[0]
    assert all(a.ndim == 2 and a.shape == logps[0].shape and a.shape[0] == n for a in logps)
    t = logps[0].shape[1]
    assert 1 <= t <= MAX_T and 2 <= n <= MAX_N and n * t <= MAX_TOKENS
    assert isinstance(size, int) and not isinstance(size, bool) and size >= 2 and n % size == 0
    assert isinstance(mask, np.ndarray) and mask.dtype == bool and mask.shape == (n, t) and mask.any(axis=1).all()
    assert np.isfinite(rewards).all() and np.abs(rewards).max() <= MAX_REWARD
    new, old, ref = (a.astype(f64) for a in logps)
    assert all(np.isfinite(a).all() and (a <= 0).all() and (a >= -MAX_LOGP).all() for a in (new, old, ref))
    assert np.abs(new - old).max() <= MAX_GAP and np.abs(ref - new).max() <= MAX_GAP
    for name, low, high in (("clip_eps", 0.0, 0.999), ("beta", 0.0, 1.0), ("eps", 1e-8, 1.0)):
        value = given.get(name, {"clip_eps": 0.2, "beta": 0.04, "eps": 1e-4}[name])
        assert isinstance(value, (int, float)) and not isinstance(value, bool) and low <= value <= high, name


SIZES = (32_768, 65_536, 131_072, 262_144, MAX_TOKENS)  # for `compare`: N * T tokens, T = 64, groups of 8


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return batch(gen, spread_rewards(gen, n // 64 // 8, 8), 8, 64)
