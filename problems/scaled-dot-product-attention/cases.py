"""Hidden tests for scaled-dot-product-attention: edge cases, the classic mistakes, then seeded cases at the maxima.

Random q and k have unit-variance entries, so the scores q·k/sqrt(d) have variance about 1 and the softmax is not
saturated: a missing scale, or sqrt(dv), sqrt(Lk) in place of sqrt(d), changes the answer visibly (d, dv and Lk
differ). The large-score cases use small integers with d = 16, so that their scores are exact in float32 too; so do
the cases whose allowed scores lie near -7*10^4, where a finite mask fill (-1e4) in place of -inf shows.
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import causal_mask as causal, padding_mask as padding, random_mask

MAX_BATCH = 32
MAX_LEN = 512
MAX_DIM = 64
MAX_ABS = 100


def qkv(gen, batch, lq, lk, d, dv, dtype=np.float64):
    """Unit-variance q, k, v of the given shapes."""
    q = gen.standard_normal((*batch, lq, d))
    k = gen.standard_normal((*batch, lk, d))
    v = gen.standard_normal((*batch, lk, dv))
    return {"q": q.astype(dtype), "k": k.astype(dtype), "v": v.astype(dtype)}


def integers(gen, batch, lq, lk, d, dv, top, dtype):
    """Small integers: large scores that every dtype computes exactly (d = 16: sqrt(d) = 4)."""
    given = {name: gen.integers(-top, top + 1, (*batch, rows, cols)).astype(dtype)
             for name, rows, cols in (("q", lq, d), ("k", lk, d))}
    given["v"] = gen.standard_normal((*batch, lk, dv)).astype(dtype)
    return given


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    f32 = np.float32

    given = qkv(gen, (), 3, 1, 4, 2)
    yield Case(given, np.repeat(given["v"], 3, axis=0), "one key: every query returns v[0]",
               note_zh="只有一个键：每个查询都返回 v[0]")
    yield Case(qkv(gen, (), 1, 5, 4, 3), note="one query, d = 4, dv = 3", note_zh="只有一个查询，d = 4，dv = 3")
    yield Case(qkv(gen, (2,), 7, 9, 16, 5), note="batch of 2, Lq = 7, Lk = 9, d = 16, dv = 5",
               note_zh="batch 为 2，Lq = 7，Lk = 9，d = 16，dv = 5")
    yield Case(qkv(gen, (2, 3), 6, 10, 8, 4, f32), note="batch and heads (2, 3), Lq != Lk, d != dv, float32",
               note_zh="batch 和头为 (2, 3)，Lq != Lk，d != dv，float32")
    yield Case({**qkv(gen, (2, 3), 5, 5, 8, 8, f32), "mask": causal(5, 5)}, note="causal mask (5, 5) broadcast over (2, 3), float32",
               note_zh="因果掩码 (5, 5) 在 (2, 3) 上广播，float32")
    yield Case({**qkv(gen, (2,), 3, 8, 8, 6), "mask": causal(3, 8)}, note="KV cache: 3 new queries, 8 keys, causal aligned bottom-right",
               note_zh="KV cache：3 个新查询，8 个键，因果掩码右下角对齐")
    yield Case({**qkv(gen, (3, 2), 5, 7, 8, 6), "mask": padding([7, 4, 1], 7)[:, None, None, :]},
               note="padding mask (B, 1, 1, Lk) on (B, H, L, d)", note_zh="padding 掩码 (B, 1, 1, Lk) 作用于 (B, H, L, d)")
    yield Case({**qkv(gen, (3,), 6, 8, 8, 8, f32), "mask": random_mask(gen, (3, 6, 8))}, note="a different mask per batch element, float32",
               note_zh="每个批元素的掩码各不相同，float32")
    yield Case({**qkv(gen, (2,), 4, 6, 8, 3), "mask": np.array([[True, False, True, True, False, True]])},
               note="mask (1, Lk) broadcast over batch and queries", note_zh="掩码 (1, Lk) 在 batch 和查询上广播")
    pads = padding([0, 2, 6], 6)[:, None, :]  # True on each batch element's first 0, 2, 6 keys: left padding
    yield Case({**qkv(gen, (3,), 6, 6, 8, 4), "mask": ~pads & causal(6, 6)},
               note="left padding + causal: the first queries see no key (zeros); batch 3 is all padding",
               note_zh="左侧填充 + 因果：最前面的查询看不到任何键（输出 0）；第 3 个批元素全是填充")
    given = qkv(gen, (2,), 4, 3, 8, 5)
    yield Case({**given, "mask": np.zeros((4, 3), dtype=bool)}, np.zeros((2, 4, 5)), "every key blocked: all zeros",
               note_zh="所有键都被遮住：全为 0")
    yield Case({**qkv(gen, (2,), 4, 5, 8, 8, f32), "mask": np.ones((4, 5), dtype=bool)}, note="mask all True, float32",
               note_zh="掩码全为 True，float32")
    yield Case({**qkv(gen, (2,), 4, 3, 8, 5, f32), "mask": np.array([[True], [False], [True], [False]])},
               note="mask (Lq, 1): whole query rows blocked by broadcasting, float32",
               note_zh="掩码 (Lq, 1)：通过广播遮住整行查询，float32")
    yield Case(integers(gen, (2,), 10, 12, 16, 8, 30, np.float64), note="scores in the thousands: exp overflows float64",
               note_zh="分数达到几千：exp 在 float64 中上溢")
    yield Case(integers(gen, (2, 2), 8, 8, 16, 8, 12, f32), note="scores in the hundreds: exp overflows float32",
               note_zh="分数达到几百：exp 在 float32 中上溢")
    yield dominant_blocked_keys(gen)
    yield Case(far_below(gen, (2, 3), 16, 24, np.float64, random_mask(gen, (2, 3, 16, 24), keep=0.5), blocked=0.2),
               note="allowed scores near -7*10^4 (the constraints' floor is -8*10^4), random mask, some rows fully "
                    "blocked, float64: a finite fill such as -1e4 gives the blocked keys the weight",
               note_zh="允许的分数在 -7*10^4 附近（约束的下限是 -8*10^4），随机掩码，有些行被完全遮住，float64：用 -1e4 这样的有限值填充，权重会落到被遮住的键上")
    pads = padding([0, 3, 9, 20], 20)[:, None, :]  # keys kept at the end: the first queries see none
    yield Case(far_below(gen, (4,), 20, 20, f32, ~pads & causal(20, 20)),
               note="allowed scores near -7*10^4, causal + left padding (rows fully blocked), float32",
               note_zh="允许的分数在 -7*10^4 附近，因果 + 左侧填充（有的行被完全遮住），float32")
    yield Case(qkv(gen, (2,), 5, 5, 1, 1), note="d = 1, dv = 1", note_zh="d = 1，dv = 1")
    yield Case({**qkv(gen, (4, 8), MAX_LEN, MAX_LEN, MAX_DIM, MAX_DIM, f32), "mask": causal(MAX_LEN, MAX_LEN)},
               note="max: (4, 8) heads, Lq = Lk = 512, d = dv = 64, causal, float32",
               note_zh="最大：(4, 8) 个头，Lq = Lk = 512，d = dv = 64，因果，float32")
    yield Case({**qkv(gen, (4, 8), 256, MAX_LEN, MAX_DIM, 32), "mask": padding([512, 300, 77, 1], MAX_LEN)[:, None, None, :]},
               note="max Lk = 512, d = 64, dv = 32, Lq = 256, padding mask, float64",
               note_zh="最大 Lk = 512，d = 64，dv = 32，Lq = 256，padding 掩码，float64")
    yield Case(qkv(gen, (MAX_BATCH,), MAX_LEN, 384, MAX_DIM, 48, f32), note="max batch 32 (3-D), Lq = 512, Lk = 384, dv = 48, float32",
               note_zh="最大 batch 32（3 维），Lq = 512，Lk = 384，dv = 48，float32")
    mask = random_mask(gen, (MAX_LEN, MAX_LEN), keep=0.1)
    mask[gen.random(MAX_LEN) < 0.05] = False
    yield Case({**qkv(gen, (), MAX_LEN, MAX_LEN, MAX_DIM, MAX_DIM), "mask": mask},
               note="max 2-D: 512 x 512 sparse random mask, some rows fully blocked, float64",
               note_zh="最大 2 维：512 x 512 稀疏随机掩码，有些行被完全遮住，float64")


def far_below(gen, batch, lq, lk, dtype, mask, blocked=0.0):
    """Integer q and k with d = 64 whose scores all lie near -7*10^4, a few units apart: 56 features of 100 against
    -100, and 8 small ones. The scores are exact in float32 too (multiples of 1/8 below 2^17). `blocked`: the share
    of query rows whose every key is masked."""
    q = gen.integers(-3, 4, (*batch, lq, MAX_DIM))
    k = gen.integers(-3, 4, (*batch, lk, MAX_DIM))
    q[..., :56], k[..., :56] = MAX_ABS, -MAX_ABS
    mask = np.array(np.broadcast_to(mask, (*batch, lq, lk)))
    mask[gen.random((*batch, lq)) < blocked] = False
    v = gen.standard_normal((*batch, lk, 8))
    return {"q": q.astype(dtype), "k": k.astype(dtype), "v": v.astype(dtype), "mask": mask}


def dominant_blocked_keys(gen):
    """Blocked keys whose scores exceed the allowed ones by ~1000: masking after the softmax leaves 0 / 0."""
    given = qkv(gen, (2,), 6, 8, 16, 4)
    given["q"] = gen.uniform(2.5, 3.0, given["q"].shape)
    lengths = [6, 5]
    for b, n in enumerate(lengths):
        given["k"][b, n:] = MAX_ABS
    return Case({**given, "mask": padding(lengths, 8)[:, None, :]},
                note="blocked keys with far larger scores: the mask must act before the softmax",
                note_zh="被遮住的键分数高得多：掩码必须在 softmax 之前生效")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    q, k, v, mask = given["q"], given["k"], given["v"], given.get("mask")
    for a in (q, k, v):
        assert isinstance(a, np.ndarray) and a.dtype == q.dtype and a.dtype in (np.float32, np.float64)
        assert a.ndim == q.ndim and 2 <= q.ndim <= 4
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS
    batch = q.shape[:-2]
    assert k.shape[:-2] == batch and v.shape[:-2] == batch and int(np.prod(batch)) <= MAX_BATCH
    (lq, d), (lk, dk), (lv, dv) = q.shape[-2:], k.shape[-2:], v.shape[-2:]
    assert dk == d and lv == lk
    assert 1 <= lq <= MAX_LEN and 1 <= lk <= MAX_LEN and 1 <= d <= MAX_DIM and 1 <= dv <= MAX_DIM
    if mask is not None:
        assert isinstance(mask, np.ndarray) and mask.dtype == bool and mask.ndim <= q.ndim
        target = (*batch, lq, lk)
        assert np.broadcast_shapes(mask.shape, target) == target, f"mask {mask.shape} vs {target}"


SIZES = (32, 64, 128, 256, MAX_LEN)  # for `compare`: Lq = Lk, with batch (4, 8), d = dv = 64, causal, float32


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return {**qkv(gen, (4, 8), n, n, MAX_DIM, MAX_DIM, np.float32), "mask": causal(n, n)}
