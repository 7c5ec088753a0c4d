"""Hidden tests for top-k-top-p: the edges (one token, top_k = 1, = V, > V, top_p below the largest probability,
top_p = 1 exactly), one case (or more) per classic mistake, the range limits in both dtypes, then seeded cases at
the maxima.

Logits look like a language model's: a normal body with a heavy head, often rounded to bfloat16's 8 significant
bits, as models emit them, so that ties at the k-th logit and ties in probability at the nucleus's edge are common.
Every row is drawn again until rounding cannot decide a cut (`unambiguous`): the k-th largest z apart from the next
smaller one by 1e-6 of |z|, the tokens on either side of the nucleus's edge tied exactly or apart by that much,
top_p at least 1e-6 (float64) or 1e-4 (float32) away from every partial sum, and no kept probability in the range
where float64 (float32) rounds to subnormals. The classic mistakes and the cases that catch them:
- ties at the k-th logit dropped (exactly k tokens): top_k = 1 with two tokens at the max, bfloat16 rows;
- the k-th largest distinct value instead of counting duplicates: [5, 5, 3, 1] with top_k = 2, bfloat16 rows;
- top-p one token short (stopping before the sum reaches top_p, or dropping the token that crosses it): every top-p
  case; with top_p below the largest probability it keeps no token at all (NaN);
- temperature ignored, or applied after the filters (the nucleus chosen on softmax(logits)): T = 0.5 and T = 2.5
  with top_p;
- no renormalisation after top-k or after top-p: rows that do not sum to 1, on every filtered case;
- top-p on softmax over all V instead of over the top-k tokens: top_k = 20 and top_p = 0.6 together;
- ties in probability broken by higher index (HF's ascending sort read backwards), or by an unstable sort: rows of
  few distinct logits whose nucleus ends inside a tie group;
- top_k > V crashing (np.partition, torch.topk): top_k = V + 7;
- dropped tokens as tiny numbers (a finite fill such as -1e4): float64 logits near -1e4;
- a 1-D solution (one max, one sum, one sort over the whole array): every batched case;
- no max subtraction: float32 z up to 400 (exp overflows past 88.7), float64 z up to 10^5;
- top_p = 1.0 run through the top-p code anyway: rows whose tail is too small to move a cumulative sum.
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_SIZE = 2**19  # logits in all: 4 rows of LLaMA 3's 128,256, rounded up to 131,072
MAX_VOCAB = 2**17
MAX_Z = {"float64": 1e5, "float32": 400.0}  # |logits / temperature|
MAX_ABS = {"float64": 1e4, "float32": 100.0}  # |logits|
TEMPERATURES = (0.01, 100.0)
GAP = 1e-6  # of max(|z|, 1): the k-th largest z from the next smaller one; the nucleus's last token from the next
MARGIN = {"float64": 1e-6, "float32": 1e-4}  # top_p from every partial sum
SMALLEST = {"float64": (1e-290, -760.0), "float32": (1e-35, -110.0)}  # a kept probability is >= the first, or
# its z is below the row's max by more than the second (then it is exactly 0 in every method)
f32, f64 = np.float32, np.float64


def bf16(x):
    """`x` rounded to 8 significant bits, as a bfloat16 logit: many exact ties."""
    mantissa, exponent = np.frexp(x)
    return np.ldexp(np.round(mantissa * 256) / 256, exponent)


def lm_logits(gen, shape, spread=2.0, head=6.0, rounded=True):
    """Logits as a language model gives them: a normal body and a few tokens per row lifted by up to `head`."""
    x = gen.normal(0.0, spread, shape)
    lift = np.where(gen.random(shape) < 8.0 / shape[-1], gen.uniform(0.0, head, shape), 0.0)
    x = x + lift
    return bf16(x) if rounded else x


def unambiguous(logits, temperature=1.0, top_k=0, top_p=1.0):
    """Per row (flattened to (rows, V)): whether rounding cannot change which tokens are kept (see above)."""
    name = str(logits.dtype)
    z = logits.reshape(-1, logits.shape[-1]).astype(f64) / temperature
    vocab = z.shape[-1]
    ok = np.ones(len(z), dtype=bool)
    desc = -np.sort(-z, axis=-1)
    if 0 < top_k < vocab:
        kth = desc[:, top_k - 1 : top_k]
        below = np.where(desc < kth, desc, -np.inf).max(axis=-1, keepdims=True)
        ok &= (kth - below >= GAP * np.maximum(np.abs(kth), 1.0))[:, 0]
        z = np.where(z >= kth, z, -np.inf)
    shifted = z - z.max(axis=-1, keepdims=True)
    e = np.exp(shifted)
    probs = e / e.sum(axis=-1, keepdims=True)
    kept = np.isfinite(z)
    if top_p < 1.0:
        order = np.argsort(-probs, axis=-1, kind="stable")
        ranked = np.take_along_axis(probs, order, axis=-1)
        cum = np.cumsum(ranked, axis=-1)
        ok &= (np.abs(cum - top_p) >= MARGIN[name]).all(axis=-1)
        last = np.argmax(cum >= top_p, axis=-1)  # the nucleus's last token, in ranked order
        if vocab > 1:
            zr = np.take_along_axis(z, order, axis=-1)
            here = np.take_along_axis(zr, last[:, None], axis=-1)[:, 0]
            after = np.take_along_axis(zr, np.minimum(last + 1, vocab - 1)[:, None], axis=-1)[:, 0]
            gap = np.where(np.isfinite(after), here - after, np.inf)
            ok &= (last == vocab - 1) | (gap == 0) | (gap >= GAP * np.maximum(np.abs(here), 1.0))
        rank = np.empty_like(order)
        np.put_along_axis(rank, order, np.arange(vocab)[None, :].repeat(len(z), 0), axis=-1)
        kept &= rank <= last[:, None]
    floor, below = SMALLEST[name]
    ok &= (~kept | (probs >= floor) | (shifted < below)).all(axis=-1)
    return ok


def settled(gen, make, temperature=1.0, top_k=0, top_p=1.0, dtype=f64, tries=200):
    """`make(gen)` cast to `dtype`, with every row that `unambiguous` rejects drawn again (a whole new input of
    the row's shape), until all rows pass."""
    logits = np.asarray(make(gen)).astype(dtype)
    rows = logits.reshape(-1, logits.shape[-1])
    for _ in range(tries):
        bad = ~unambiguous(rows, temperature, top_k, top_p)
        if not bad.any():
            return {"logits": rows.reshape(logits.shape), "temperature": temperature, "top_k": top_k, "top_p": top_p}
        fresh = np.asarray(make(gen)).astype(dtype).reshape(-1, rows.shape[-1])
        rows = rows.copy()
        rows[bad] = fresh[: bad.sum()] if len(fresh) >= bad.sum() else fresh[np.arange(bad.sum()) % len(fresh)]
    raise AssertionError("could not draw unambiguous rows")


def pinned(logits, dtype=f64, temperature=1.0, top_k=0, top_p=1.0):
    return {"logits": np.array(logits, dtype=dtype), "temperature": temperature, "top_k": top_k, "top_p": top_p}


def few_levels(gen, shape, levels=6):
    """Rows of a few distinct logits (0, -1, ..., -(levels - 1)) in big tie groups, with the top level rare."""
    weights = np.linspace(1.0, 3.0, levels)
    weights /= weights.sum()
    return -gen.choice(levels, size=shape, p=weights).astype(f64) * 0.75


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)
    log = np.log

    # The edges.
    yield Case(pinned([3.5], top_k=1, top_p=0.3), np.array([1.0]),
               "one token (V = 1), top_k = 1, top_p = 0.3: probability 1",
               note_zh="只有一个 token（V = 1），top_k = 1，top_p = 0.3：概率为 1")
    yield Case(pinned([2.0, 7.0, 7.0, 1.0], top_k=1), np.array([0.0, 0.5, 0.5, 0.0]),
               "top_k = 1 with two tokens tied at the max: both are kept (ties at the k-th logit)",
               note_zh="top_k = 1，最大值处有两个 token 并列：两个都保留（第 k 大处的并列都保留）")
    yield Case(pinned([5.0, 1.0, 5.0, 3.0], top_k=2), np.array([0.5, 0.0, 0.5, 0.0]),
               "top_k = 2 on [5, 1, 5, 3]: the 2nd largest counting duplicates is 5, so the 3 is dropped",
               note_zh="[5, 1, 5, 3] 上 top_k = 2：按重复计数的第 2 大是 5，所以 3 被丢弃")
    yield Case(settled(gen, lambda g: lm_logits(g, (3, 50)), 0.9, top_k=57),
               note="top_k = 57 > V = 50 keeps every token (np.partition and torch.topk raise on k > V)",
               note_zh="top_k = 57 > V = 50，保留所有 token（np.partition 和 torch.topk 在 k > V 时会报错）")
    yield Case(settled(gen, lambda g: lm_logits(g, (4, 64), rounded=False), 1.3, top_k=64),
               note="top_k = V = 64 keeps every token: softmax(logits / 1.3)",
               note_zh="top_k = V = 64，保留所有 token：softmax(logits / 1.3)")
    yield Case(pinned([log(3), log(3), log(4)], top_p=0.5), np.array([3 / 7, 0.0, 4 / 7]),
               "probabilities [3/7, 3/7, 4/7]: top_p = 0.5 keeps 4/7 and the lower-index of the tied 3/7",
               note_zh="概率为 [3/7, 3/7, 4/7]（归一化前）：top_p = 0.5 保留 4/7 和并列的 3/7 中下标较小的那个")
    yield Case(settled(gen, lambda g: lm_logits(g, (6, 200), head=4.0), 1.0, top_p=0.01),
               note="top_p = 0.01, below every row's largest probability: exactly one token per row is kept",
               note_zh="top_p = 0.01，小于每一行的最大概率：每行恰好保留一个 token")
    defaults = settled(gen, lambda g: gen.normal(0, 10, (5, 300)).clip(-60, 60), 0.8)
    yield Case({"logits": defaults["logits"], "temperature": 0.8},
               note="defaults top_k = 0, top_p = 1.0 (no filter): softmax(logits / 0.8) over all 300 tokens",
               note_zh="默认值 top_k = 0、top_p = 1.0（不过滤）：对全部 300 个 token 计算 softmax(logits / 0.8)")
    yield Case(settled(gen, lambda g: lm_logits(g, (4, 1000), spread=9.0, rounded=False), 1.0, top_p=1.0),
               note="top_p = 1.0 exactly, a tail below 1e-16 of the head: nothing is dropped (a running sum stops "
                    "growing at 1.0 long before the tail)",
               note_zh="top_p 恰好为 1.0，尾部概率小于头部的 1e-16：什么都不丢（累加和远在尾部之前就停在 1.0 不再增长）")
    yield Case(settled(gen, lambda g: lm_logits(g, (4, 1000), spread=5.0, rounded=False), 1.0, top_p=1.0, dtype=f32),
               note="top_p = 1.0 exactly, float32: a float32 running sum reaches 1.0 before the tail",
               note_zh="top_p 恰好为 1.0，float32：float32 的累加和在尾部之前就到达 1.0")

    # Ties: at the k-th logit, and in probability at the nucleus's edge.
    yield Case(settled(gen, lambda g: lm_logits(g, (16, 1000), spread=1.5), 1.0, top_k=50),
               note="top_k = 50 on bfloat16-rounded logits: ties at the 50th logit keep more than 50 tokens",
               note_zh="在按 bfloat16 舍入的 logits 上 top_k = 50：第 50 大处的并列使保留的 token 多于 50 个")
    yield Case(settled(gen, lambda g: few_levels(g, (32, 40)), 1.0, top_p=0.37),
               note="six distinct logits per row, top_p = 0.37: the nucleus ends inside a tie group, lower "
                    "indices first",
               note_zh="每行只有 6 种不同的 logit，top_p = 0.37：核（nucleus）的边界落在一组并列之中，下标小的优先")
    yield Case(settled(gen, lambda g: few_levels(g, (16, 3000), levels=8), 1.0, top_p=0.55),
               note="rows of 3000 tokens with 8 distinct logits, top_p = 0.55: an unstable sort picks other "
                    "members of the tied group",
               note_zh="每行 3000 个 token、只有 8 种不同的 logit，top_p = 0.55：不稳定的排序会选中并列组里的其他成员")
    yield Case(settled(gen, lambda g: few_levels(g, (8, 500), levels=5), 0.6, top_k=120, top_p=0.4, dtype=f32),
               note="five distinct logits, T = 0.6, top_k = 120 and top_p = 0.4, float32: ties at both cuts",
               note_zh="5 种不同的 logit，T = 0.6，top_k = 120 且 top_p = 0.4，float32：两处截断都有并列")

    # The order of the steps: temperature first, softmax over the top-k, then top-p.
    yield Case(settled(gen, lambda g: lm_logits(g, (8, 2000), spread=2.0), 1.0, top_k=20, top_p=0.6),
               note="top_k = 20 and top_p = 0.6: top-p measured on softmax over the 20 kept tokens, not over all V",
               note_zh="top_k = 20 且 top_p = 0.6：top-p 在保留的 20 个 token 上的 softmax 上计算，而不是在全部 V 上")
    yield Case(settled(gen, lambda g: lm_logits(g, (8, 500), spread=1.5), 0.5, top_p=0.8),
               note="T = 0.5 with top_p = 0.8: a colder distribution has a smaller nucleus",
               note_zh="T = 0.5 且 top_p = 0.8：温度越低，核越小")
    yield Case(settled(gen, lambda g: lm_logits(g, (2, 3, 800), spread=2.0), 2.5, top_k=40, top_p=0.8),
               note="T = 2.5, top_k = 40, top_p = 0.8, three axes (2, 3, 800): a hotter distribution, a wider nucleus",
               note_zh="T = 2.5，top_k = 40，top_p = 0.8，三个轴 (2, 3, 800)：温度越高，核越宽")
    yield Case(settled(gen, lambda g: lm_logits(g, (12, 3000), spread=2.5), 0.7, top_p=0.9),
               note="top_p = 0.9, T = 0.7: every token of the nucleus counts, none more",
               note_zh="top_p = 0.9，T = 0.7：核里的每个 token 都要算上，一个也不能多")
    yield Case(settled(gen, lambda g: lm_logits(g, (7, 400), rounded=False)[3], 2.0, top_k=30, top_p=0.75),
               note="1-D logits (V = 400), top_k = 30, top_p = 0.75",
               note_zh="一维 logits（V = 400），top_k = 30，top_p = 0.75")

    yield Case(settled(gen, lambda g: g.normal(0, 3000, (6, 300)).clip(-1e4, 1e4), 100.0, top_k=40),
               note="T = 100 on float64 logits spread over 10^4: the temperature divides the logits before the "
                    "softmax; softmax(logits) ** (1 / T), renormalised, is the same only on paper (the untempered "
                    "probabilities below e^-745 are already 0, the tempered ones are e^-200 or more)",
               note_zh="T = 100，float64 logits 分布在 10^4 的范围内：温度要在 softmax 之前除到 logits 上；"
                       "softmax(logits) ** (1 / T) 再归一化只在纸面上相同（未加温度的概率低于 e^-745 时已经是 0，"
                       "加温度后的概率至少是 e^-200）")
    yield Case(settled(gen, lambda g: g.normal(0, 50, (6, 300)).clip(-100, 100), 50.0, top_p=0.9, dtype=f32),
               note="T = 50 on float32 logits from -100 to 100, top_p = 0.9: softmax(logits) in float32 underflows "
                    "past e^-103, so softmax(logits) ** (1 / T) loses tokens the nucleus keeps",
               note_zh="T = 50，float32 logits 在 -100 到 100 之间，top_p = 0.9：float32 的 softmax(logits) 低于 "
                       "e^-103 就下溢，所以 softmax(logits) ** (1 / T) 会丢掉核里应保留的 token")

    # Range: exp overflows without the max subtracted; dropped tokens exactly 0.
    yield Case(settled(gen, lambda g: (g.normal(30, 25, (8, 256))).clip(-100, 100), 0.25, top_k=10, dtype=f32),
               note="float32 logits up to 100 at T = 0.25: z up to 400, exp(z) overflows past 88.7 in float32",
               note_zh="float32 的 logits 最大到 100，T = 0.25：z 最大到 400，float32 中 exp(z) 超过 88.7 就上溢")
    yield Case(settled(gen, lambda g: g.normal(0, 30, (4, 512)).clip(-100, 100), 0.3, top_p=0.9, dtype=f32),
               note="float32, z = logits / 0.3 from -333 to 333, top_p = 0.9",
               note_zh="float32，z = logits / 0.3 在 -333 到 333 之间，top_p = 0.9")
    yield Case(settled(gen, lambda g: (g.normal(0, 2000, (6, 300)) + 3000).clip(-1e4, 1e4), 0.1, top_k=25),
               note="float64 logits up to 10^4 at T = 0.1: z up to 10^5, far past exp's overflow at 709",
               note_zh="float64 的 logits 最大到 10^4，T = 0.1：z 最大到 10^5，远超 exp 在 709 处的上溢")
    yield Case(settled(gen, lambda g: -9995.0 + g.uniform(-5, 5, (6, 400)), 1.0, top_k=5),
               note="float64 logits near -10^4, top_k = 5: a finite fill such as -1e4 leaves the dropped tokens "
                    "about e^-10 each, not 0",
               note_zh="float64 的 logits 在 -10^4 附近，top_k = 5：用 -1e4 这样的有限值填充，被丢弃的 token 各得约 "
                       "e^-10，而不是 0")

    # The maxima.
    yield Case(settled(gen, lambda g: lm_logits(g, (4, MAX_VOCAB), spread=2.0).clip(-100, 100), 0.8,
                       top_k=1000, top_p=0.9, dtype=f32),
               note="max: 4 rows of V = 2^17, float32, bfloat16-rounded, T = 0.8, top_k = 1000, top_p = 0.9",
               note_zh="最大：4 行，V = 2^17，float32，按 bfloat16 舍入，T = 0.8，top_k = 1000，top_p = 0.9")
    yield Case(settled(gen, lambda g: lm_logits(g, (4, MAX_VOCAB), spread=3.0, head=12.0), 1.0, top_p=0.95),
               note="max: 4 rows of V = 2^17, float64, top_p = 0.95 alone: a nucleus of thousands of tokens",
               note_zh="最大：4 行，V = 2^17，float64，只有 top_p = 0.95：核里有成千上万个 token")
    yield Case(settled(gen, lambda g: lm_logits(g, (2, 4, 32_000), spread=2.5), 0.7, top_k=100, top_p=0.7),
               note="(2, 4, 32000), LLaMA 2's vocabulary, float64, T = 0.7, top_k = 100, top_p = 0.7",
               note_zh="(2, 4, 32000)，LLaMA 2 的词表大小，float64，T = 0.7，top_k = 100，top_p = 0.7")
    yield Case(settled(gen, lambda g: lm_logits(g, (32, 16_384), spread=2.0, rounded=False), 1.0,
                       top_k=50, top_p=0.9),
               note="max: 2^19 logits (32, 16384), float64, top_k = 50, top_p = 0.9",
               note_zh="最大：2^19 个 logits (32, 16384)，float64，top_k = 50，top_p = 0.9")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    logits, t, k, p = given["logits"], given.get("temperature", 1.0), given.get("top_k", 0), given.get("top_p", 1.0)
    assert isinstance(logits, np.ndarray) and logits.dtype in (f32, f64), "logits are a float32 or float64 array"
    assert 1 <= logits.ndim <= 3 and 1 <= logits.shape[-1] <= MAX_VOCAB and logits.size <= MAX_SIZE
    name = str(logits.dtype)
    assert isinstance(t, float) and TEMPERATURES[0] <= t <= TEMPERATURES[1], "0.01 <= temperature <= 100"
    assert isinstance(k, int) and not isinstance(k, bool) and 0 <= k <= 10**6, "0 <= top_k <= 10^6"
    assert isinstance(p, float) and 0.0 < p <= 1.0, "0 < top_p <= 1"
    assert np.isfinite(logits).all() and (np.abs(logits) <= MAX_ABS[name]).all(), "finite, |logits| bounded"
    assert (np.abs(logits.astype(f64) / t) <= MAX_Z[name]).all(), "|logits / temperature| bounded"
    assert unambiguous(logits, t, k, p).all(), "rounding cannot decide a cut"


SIZES = (32_768, 65_536, 131_072, 262_144, MAX_SIZE)  # for `compare`: logits in rows of 4096 (float64)


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return settled(gen, lambda g: lm_logits(g, (n // 4096, 4096), rounded=False), 0.8, top_k=50, top_p=0.9)
