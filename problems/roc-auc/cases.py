"""Hidden tests for roc-auc: the edges (n = 2, one positive, one negative, every score tied), one case (or more) per
classic mistake, the label dtypes the statement allows, then the maxima (n = 10^6).

The answer is a ratio of integers, U / (P * N) with U a half-integer: a float64 computation is within 1e-12 of it,
and the checker allows 1e-9 (problem.toml). Scores come with no exploitable order (shuffled, class by class
Gaussian or logistic), except where a case says otherwise. The classic mistakes and the cases that catch them
(each off by far more than 1e-9; the figures are what the known submissions got):
- a tie between a positive and a negative counted as 0 or as 1 (searchsorted with one side only): a tie of two
  (off by 0.5), every score tied (0.5), hard 0/1 predictions (0.16);
- ranks without tie averaging (argsort of argsort) and the trapezoid taken per sample instead of per distinct
  score (the staircase through a tied block): the same tied cases (0.5, 0.012, 0.003), and two in which the data
  come sorted by label (positives first, then negatives first), where a stable sort orders every tied block by
  label (0.012);
- the positive class taken as 0, or the scores ranked from the top with the bottom's formula: 1 - AUC, off
  wherever the AUC is not 1/2 (by 1 at n = 2; the examples already);
- ranks counted from 0 (U = R - P(P - 1) / 2): off by 1/N, 1 at n = 2, 2e-6 at the balanced maximum;
- the curve without its origin (0, 0), when the top score ties positives with negatives: the tie of two (0.5),
  every score tied, and float32 probabilities saturated at exactly 1.0 (1.5e-3);
- near-ties merged: scores one ulp apart (np.isclose grouping, a cast to float32, 1000 histogram bins all merge
  them: off by 0.31), the subnormals +-5e-324 beside +-0.0 (0.375), and logits outside [0, 1] for the histogram;
- float32 accumulation (ranks kept in the scores' dtype, float32): rank sums of ~5 * 10^11 at n = 10^6 with ~2000
  negatives, where float32's ulp is 32768 (off by 7e-6; already 1e-8 at n = 5000);
- P * N in int32 (a C port): wraps at every balanced case beyond n ~ 92,700, the maxima (off by 10 to 400);
- labels as indices (`scores[labels]`, `~labels` on ints): the examples (int64 labels); `np.bincount(labels)` to
  count the classes raises on float labels; the hidden cases mix bool, int32, int64 and float64 labels;
- all pairs at once (a (P, N) matrix): 100 MiB at n = 20,000, over that case's 16 MiB ceiling
  (memory_limit_exceeded); a loop over the pairs: 2.4 * 10^7 pairs at n = 10^4 already, 2.5 * 10^11 at the maximum
  (time_limit_exceeded).
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 10**6
MAX_ABS = 10**6  # |score|
CEILING_MB = 16  # the reference and the accepted submissions peak under 2 MiB at n = 20,000; the pair matrix 100 MiB
LABEL_DTYPES = (np.bool_, np.int32, np.int64, np.float64)


def labels_of(positive, dtype=np.int64):
    """Boolean labels as the given dtype: False/True, 0/1 or 0.0/1.0."""
    return np.asarray(positive, dtype=bool).astype(dtype)


def draw_labels(gen, n, share):
    """n labels (bool), each positive with probability `share`, at least one of each class."""
    positive = gen.random(n) < share
    positive[gen.choice(n, 2, replace=False)] = [True, False]
    return positive


def separated(gen, positive, gap=1.0, scale=1.0):
    """Scores drawn N(0, scale^2), the positives shifted up by `gap` * scale."""
    return scale * (gen.standard_normal(positive.size) + gap * positive)


def case(positive, scores, note, note_zh, dtype=np.int64, **extra):
    return Case({"labels": labels_of(positive, dtype), "scores": np.asarray(scores)}, note=note, note_zh=note_zh,
                **extra)


def pinned(labels, scores, expected, note, note_zh, dtype=np.int64, score_dtype=np.float64):
    return Case({"labels": labels_of(labels, dtype), "scores": np.array(scores, dtype=score_dtype)}, expected, note,
                note_zh=note_zh)


def sorted_by_label(gen, n, positives_first):
    """A data set stored class by class, with scores on a grid of 0.1 (ties between the classes everywhere)."""
    positive = np.zeros(n, dtype=bool)
    positive[: n // 3] = True
    if not positives_first:
        positive = positive[::-1].copy()
    return positive, np.round(separated(gen, positive, 0.8), 1)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges.
    yield pinned([0, 1], [0.2, 0.7], 1.0, "min: n = 2, the positive above the negative",
                 "最小：n = 2，正样本高于负样本")
    yield pinned([1, 0], [0.2, 0.7], 0.0, "n = 2, the positive below the negative, bool labels",
                 "n = 2，正样本低于负样本，bool 标签", np.bool_)
    yield pinned([1, 0], [0.4, 0.4], 0.5, "n = 2, a tie: it counts 1/2, float64 labels (0.0 and 1.0)",
                 "n = 2，打平：算 1/2，float64 标签（0.0 和 1.0）", np.float64)
    positive = draw_labels(gen, 1000, 0.3)
    yield pinned(positive, np.full(1000, 0.25), 0.5, "every score tied (n = 1000): exactly 0.5, int32 labels",
                 "所有分数都相同（n = 1000）：恰好 0.5，int32 标签", np.int32)

    # Ties between the classes.
    positive = draw_labels(gen, 10_000, 0.4)
    hard = np.where(gen.random(10_000) < 0.8, positive, ~positive).astype(np.float64)
    yield case(positive, hard, "hard 0/1 predictions (two distinct scores), n = 10^4: AUC = (TPR + TNR) / 2, "
               "bool labels", "硬的 0/1 预测（只有两种分数），n = 10^4：AUC = (TPR + TNR) / 2，bool 标签", np.bool_)
    for first, label_dtype in ((True, np.int64), (False, np.float64)):
        positive, scores = sorted_by_label(gen, 6000, first)
        order = ("positives", "正样本") if first else ("negatives", "负样本")
        yield case(positive, scores, f"stored class by class, {order[0]} first, scores on a grid of 0.1: "
                   "a stable sort orders each tied block by label", f"按类别存放，{order[1]}在前，分数取在 0.1 的"
                   "格点上：稳定排序会让每个打平的块按标签排列", label_dtype)

    # Exact comparisons of scores.
    positive = draw_labels(gen, 3000, 0.5)
    level = np.clip(np.round(gen.normal(32 + 12 * positive, 10)), 0, 63).astype(int)
    grid = 0.5 + np.arange(64) * np.spacing(0.5)
    yield case(positive, grid[level], "near-ties: 64 distinct scores one ulp apart above 0.5 (1.1e-16): distinct "
               "scores, not ties", "近似打平：0.5 之上 64 个相邻一个 ulp（1.1e-16）的不同分数：它们是不同的分数，"
               "不算打平")
    yield pinned([1, 0, 1, 0], [0.0, -0.0, 5e-324, -5e-324], 0.875, "0.0 and -0.0 are one score (a tie); the "
                 "subnormals +-5e-324 are not zero", "0.0 和 -0.0 是同一个分数（打平）；次正规数 ±5e-324 不是 0")

    # Memory; then float32 at the maximum, before any other float32 scores (a float32 answer fails them all).
    positive = draw_labels(gen, 20_000, 0.5)
    yield case(positive, separated(gen, positive), f"n = 20,000 under {CEILING_MB} MiB: a (P, N) matrix of all "
               "pairs alone takes 100 MiB", f"n = 20,000，内存不超过 {CEILING_MB} MiB：仅所有样本对的 (P, N) 矩阵就要 "
               "100 MiB", memory_ceiling_mb=CEILING_MB)
    positive = np.ones(MAX_SIZE, dtype=bool)
    positive[gen.choice(MAX_SIZE, 1000, replace=False)] = False
    yield case(positive, separated(gen, positive, 1.5).astype(np.float32), "max: n = 10^6, float32 scores, 1000 "
               "negatives: rank sums near 5e11, where float32's ulp is 32768", "最大：n = 10^6，float32 分数，1000 "
               "个负样本：秩和接近 5e11，float32 在那里的 ulp 是 32768", np.bool_)
    positive = draw_labels(gen, 5000, 0.5)
    logits = 9.0 * separated(gen, positive, 0.5)
    saturated = (1 / (1 + np.exp(-logits.astype(np.float32)))).astype(np.float32)
    yield case(positive, saturated, "float32 probabilities, ~6% saturated at exactly 1.0 (both classes): the curve "
               "must start at (0, 0)", "float32 概率，约 6% 饱和为恰好 1.0（两类都有）：曲线必须从 (0, 0) 开始",
               np.int32)
    positive = draw_labels(gen, 4000, 0.35)
    yield case(positive, 20.0 * separated(gen, positive, 0.7), "logits, not probabilities: scores from about -80 "
               "to 90", "logits 而不是概率：分数大约从 -80 到 90", np.float64)
    positive = draw_labels(gen, 3000, 0.5)
    yield case(positive, 1e5 * separated(gen, positive, 0.3).astype(np.float32), "float32 scores of magnitude "
               "up to 5e5, int32 labels", "float32 分数，绝对值最大到 5e5，int32 标签", np.int32)

    # One class of one sample; the extremes of the AUC.
    positive = np.zeros(999, dtype=bool)
    positive[gen.integers(999)] = True
    yield case(positive, np.round(gen.random(999), 2), "one positive among 998 negatives, scores on a grid of "
               "0.01, float64 labels", "998 个负样本中只有一个正样本，分数取在 0.01 的格点上，float64 标签",
               np.float64)
    positive = np.ones(2000, dtype=bool)
    positive[gen.integers(2000)] = False
    yield case(positive, np.round(gen.random(2000), 2), "one negative among 1999 positives, bool labels",
               "1999 个正样本中只有一个负样本，bool 标签", np.bool_)
    positive = draw_labels(gen, 2000, 0.5)
    split = np.where(positive, gen.uniform(0.6, 1.0, 2000), gen.uniform(0.0, 0.4, 2000))
    yield pinned(positive, split, 1.0, "perfectly separated classes: exactly 1.0", "两类完全分开：恰好 1.0")
    yield pinned(positive, -split, 0.0, "perfectly reversed: exactly 0.0", "完全反序：恰好 0.0", np.int32)
    positive = draw_labels(gen, 10_000, 0.5)
    yield case(positive, gen.random(10_000), "scores independent of the labels: about 0.5", "分数与标签无关：约为 0.5",
               np.float64)
    for label_dtype in LABEL_DTYPES:
        n = int(gen.integers(50, 500))
        positive = draw_labels(gen, n, gen.uniform(0.2, 0.8))
        scores = np.round(separated(gen, positive, gen.uniform(0.0, 2.0)), int(gen.integers(0, 3)))
        yield case(positive, scores, f"n = {n}, some ties, {np.dtype(label_dtype)} labels",
                   f"n = {n}，有一些打平，{np.dtype(label_dtype)} 标签", label_dtype)

    # The other maxima.
    positive = draw_labels(gen, MAX_SIZE, 0.5)
    yield case(positive, separated(gen, positive, 0.6), "max: n = 10^6, balanced, float64 scores, int64 labels: "
               "P * N = 2.5e11 (past int32)", "最大：n = 10^6，两类均衡，float64 分数，int64 标签：P * N = 2.5e11"
               "（超出 int32）")
    positive = draw_labels(gen, MAX_SIZE, 0.3)
    yield case(positive, np.round(separated(gen, positive, 0.8), 1), "max: n = 10^6, scores on a grid of 0.1 "
               "(~100 distinct values, tied blocks of 10^4), int32 labels", "最大：n = 10^6，分数取在 0.1 的格点上"
               "（约 100 种取值，打平的块有 10^4 个样本），int32 标签", np.int32)


def validate(given):
    """The constraints, asserted on every example and hidden case by `shousi check` (and on `run --input`)."""
    labels, scores = given["labels"], given["scores"]
    assert isinstance(labels, np.ndarray) and isinstance(scores, np.ndarray), "labels and scores are NumPy arrays"
    assert labels.dtype in LABEL_DTYPES, "labels are bool, int32, int64 or float64"
    assert scores.dtype in (np.float32, np.float64), "scores are float32 or float64"
    assert labels.ndim == scores.ndim == 1 and labels.size == scores.size, "two 1-D arrays of one length"
    assert 2 <= scores.size <= MAX_SIZE, "2 <= n <= 10^6"
    assert np.isin(labels, (0, 1)).all(), "every label is 0 or 1"
    assert labels.astype(bool).any() and not labels.astype(bool).all(), "both classes are present"
    assert np.isfinite(scores).all() and (np.abs(scores) <= MAX_ABS).all(), "scores are finite, |score| <= 10^6"


SIZES = (62_500, 125_000, 250_000, 500_000, MAX_SIZE)  # for `compare`: n, balanced classes, float64 scores


def sized_input(rng, n):
    """n samples, balanced, continuous float64 scores (no ties): every approach sorts or counts all of them."""
    gen = kit.numpy_rng(rng)
    positive = draw_labels(gen, n, 0.5)
    return {"labels": labels_of(positive), "scores": separated(gen, positive, 0.6)}
