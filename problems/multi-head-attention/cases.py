"""Hidden tests for multi-head-attention: edge cases, the classic mistakes, then seeded cases at the maxima.

Weights are drawn like PyTorch's initialisation (Xavier-uniform in_proj, non-zero biases), inputs have unit
variance, so the per-head scores are not saturated: a scale of 1/sqrt(E) instead of 1/sqrt(E/H), heads split
without the transpose, or x @ W instead of x @ W.T all change the answer visibly.
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import causal_mask as causal, padding_mask

MAX_BATCH = 4
MAX_LEN = 256
MAX_EMBED = 128
MAX_ABS = 100


def mha(gen, b, lq, lk, e, h, dtype=np.float64, *, self_attention=False, scale=1.0):
    """Inputs and weights of one case; `scale` multiplies the inputs (large inputs: large scores)."""
    bound = np.sqrt(6 / (e + e))  # Xavier-uniform, as nn.MultiheadAttention initialises in_proj_weight
    draw = lambda n: np.clip(gen.standard_normal((b, n, e)) * scale, -MAX_ABS, MAX_ABS)  # noqa: E731
    query = draw(lq)
    key = query if self_attention else draw(lk)
    value = query if self_attention else draw(lk)
    given = {
        "query": query, "key": key, "value": value, "num_heads": h,
        "in_proj_weight": gen.uniform(-bound, bound, (3 * e, e)),
        "in_proj_bias": gen.normal(0, 0.1, 3 * e),
        "out_proj_weight": gen.uniform(-1, 1, (e, e)) / np.sqrt(e),
        "out_proj_bias": gen.normal(0, 0.1, e),
    }
    return {name: value.astype(dtype) if isinstance(value, np.ndarray) else value for name, value in given.items()}


def far_below(gen, b, lq, lk, dtype, *, channels, gain, mask):
    """E = 32, H = 2 (heads of 16) with integer query, key and q/k projections whose scores all lie near
    -(100 * channels * gain)^2 / 4, a few units apart: the first feature of each head's q is 100 * gain on
    `channels` input features of 100, of k the same negated; the other 15 are small integers. Exact in float64 (and
    in float32 below 2^24), whatever the order of the sums."""
    e, small = 32, 8
    x = np.concatenate([np.full((b, lq, small), 100), gen.integers(-2, 3, (b, lq, e - small))], axis=-1)
    y = np.concatenate([np.full((b, lk, small), 100), gen.integers(-2, 3, (b, lk, e - small))], axis=-1)
    w_q, w_k = np.zeros((e, e)), np.zeros((e, e))
    for row in range(e):
        w_q[row, small + row % (e - small)] = w_k[row, small + (row + 5) % (e - small)] = 1
    for row in (0, 16):  # the first feature of each head
        w_q[row], w_k[row] = 0, 0
        w_q[row, :channels], w_k[row, :channels] = gain, -gain
    given = mha(gen, b, lq, lk, e, 2)
    given["query"], given["key"] = x, y
    given["in_proj_weight"][: 2 * e] = np.concatenate([w_q, w_k])
    given["in_proj_bias"][: 2 * e] = gen.integers(-2, 3, 2 * e)
    mask = np.array(np.broadcast_to(mask, (b, 2, lq, lk)))
    mask[gen.random((b, 2, lq)) < 0.2] = False
    return {**{name: a.astype(dtype) if isinstance(a, np.ndarray) else a for name, a in given.items()}, "mask": mask}


def keys_kept(lengths, lk, left=False):
    """(B, 1, 1, Lk) padding mask: batch element b keeps lengths[b] keys, at the end if `left` (left padding)."""
    return padding_mask(lengths, lk, keep="last" if left else "first")[:, None, None, :]


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    f32 = np.float32

    yield Case(mha(gen, 1, 1, 1, 1, 1), note="the smallest: B = L = E = H = 1", note_zh="最小：B = L = E = H = 1")
    yield Case(mha(gen, 1, 4, 4, 8, 1, self_attention=True), note="one head of size E = 8", note_zh="一个头，大小为 E = 8")
    yield Case(mha(gen, 1, 5, 5, 8, 8, self_attention=True), note="8 heads of size 1", note_zh="8 个大小为 1 的头")
    yield Case(mha(gen, 2, 6, 6, 16, 4), note="B = 2, L = 6, E = 16, H = 4", note_zh="B = 2，L = 6，E = 16，H = 4")
    yield Case(mha(gen, 2, 7, 7, 32, 4, f32, self_attention=True), note="self-attention, E = 32, H = 4, float32",
               note_zh="自注意力，E = 32，H = 4，float32")
    yield Case(mha(gen, 2, 5, 9, 16, 2), note="cross-attention: Lq = 5, Lk = 9", note_zh="交叉注意力：Lq = 5，Lk = 9")
    yield Case(mha(gen, 3, 4, 3, 12, 3, f32), note="cross-attention with Lk < Lq, head size 4, float32",
               note_zh="交叉注意力，Lk < Lq，头大小为 4，float32")
    yield Case({**mha(gen, 2, 6, 6, 16, 2, self_attention=True), "mask": causal(6, 6)}, note="causal mask (L, L)",
               note_zh="因果掩码 (L, L)")
    yield Case({**mha(gen, 3, 4, 7, 16, 4, f32), "mask": keys_kept([7, 3, 1], 7)}, note="padding mask (B, 1, 1, Lk), cross-attention, float32",
               note_zh="padding 掩码 (B, 1, 1, Lk)，交叉注意力，float32")
    yield Case({**mha(gen, 3, 6, 6, 16, 4, self_attention=True), "mask": causal(6, 6) & keys_kept([6, 4, 1], 6, left=True)},
               note="causal + left padding: early queries see no key, their output is out_proj_bias",
               note_zh="因果 + 左侧填充：前面的查询看不到任何键，它们的输出是 out_proj_bias")
    yield Case({**mha(gen, 2, 5, 5, 16, 4, self_attention=True), "mask": causal(5, 5) & keys_kept([5, 2], 5)},
               note="causal + right padding (B, 1, L, L)", note_zh="因果 + 右侧填充 (B, 1, L, L)")
    head_masks = gen.random((4, 5, 6)) < 0.6
    head_masks[..., 0] = True
    yield Case({**mha(gen, 2, 5, 6, 16, 4), "mask": head_masks}, note="a different mask per head (H, Lq, Lk)",
               note_zh="每个头的掩码各不相同 (H, Lq, Lk)")
    full = gen.random((2, 2, 4, 4)) < 0.5
    full[1, 0] = False  # batch 1, head 0: every row blocked
    yield Case({**mha(gen, 2, 4, 4, 8, 2), "mask": full}, note="mask (B, H, Lq, Lk); one head of one batch element sees nothing",
               note_zh="掩码 (B, H, Lq, Lk)；某个批元素的一个头什么也看不到")
    yield Case({**mha(gen, 2, 3, 5, 8, 2), "mask": np.array([[[[True] * 5]], [[[False] * 5]]])},
               note="batch element 1 sees no key: its whole output is out_proj_bias",
               note_zh="批元素 1 看不到任何键：它的整个输出都是 out_proj_bias")
    yield Case(mha(gen, 2, 6, 6, 64, 8), note="E = 64, H = 8: the scale is 1/sqrt(8), not 1/sqrt(64)",
               note_zh="E = 64，H = 8：缩放系数是 1/sqrt(8)，不是 1/sqrt(64)")
    yield Case(mha(gen, 2, 6, 8, 16, 4, scale=50), note="inputs of size ~50: scores overflow exp without the max subtracted",
               note_zh="输入大小约为 50：不减去最大值，分数会让 exp 上溢")
    yield Case(far_below(gen, 2, 6, 10, np.float64, channels=8, gain=100, mask=gen.random((2, 2, 6, 10)) < 0.5),
               note="allowed scores near -1.6*10^9, random mask (B, H, Lq, Lk), some rows fully blocked, float64: a "
                    "finite fill such as -1e4 or -1e9 gives the blocked keys the weight",
               note_zh="允许的分数在 -1.6*10^9 附近，随机掩码 (B, H, Lq, Lk)，有些行被完全遮住，float64：用 -1e4 或 -1e9 这样的有限值填充，权重会落到被遮住的键上")
    yield Case(far_below(gen, 3, 8, 8, f32, channels=1, gain=14, mask=causal(8, 8) & keys_kept([8, 5, 2], 8, left=True)),
               note="allowed scores near -4.9*10^5, causal + left padding (rows fully blocked), float32",
               note_zh="允许的分数在 -4.9*10^5 附近，因果 + 左侧填充（有的行被完全遮住），float32")
    yield Case({**mha(gen, MAX_BATCH, MAX_LEN, MAX_LEN, MAX_EMBED, 8, f32, self_attention=True), "mask": causal(MAX_LEN, MAX_LEN)},
               note="max: B = 4, L = 256, E = 128, H = 8, causal self-attention, float32",
               note_zh="最大：B = 4，L = 256，E = 128，H = 8，因果自注意力，float32")
    yield Case({**mha(gen, MAX_BATCH, MAX_LEN, MAX_LEN, MAX_EMBED, 2), "mask": keys_kept([256, 200, 31, 1], MAX_LEN)},
               note="max: B = 4, Lq = Lk = 256, E = 128, H = 2 (head size 64), padding mask, float64",
               note_zh="最大：B = 4，Lq = Lk = 256，E = 128，H = 2（头大小为 64），padding 掩码，float64")
    yield Case(mha(gen, 2, 128, 128, MAX_EMBED, MAX_EMBED, f32), note="max: E = H = 128 (heads of size 1), B = 2, L = 128, float32",
               note_zh="最大：E = H = 128（头大小为 1），B = 2，L = 128，float32")
    yield Case(mha(gen, MAX_BATCH, 100, MAX_LEN, MAX_EMBED, 1), note="max: one head of size 128, Lq = 100, Lk = 256, float64",
               note_zh="最大：一个大小为 128 的头，Lq = 100，Lk = 256，float64")
    # Outside the constraints on purpose (validate() is not asked): E = 6 does not split into 4 heads.
    yield Case(mha(gen, 2, 3, 3, 6, 4), raises="ValueError", note="E % num_heads != 0", note_zh="E % num_heads != 0")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element).
    yield Case({**mha(gen, 2, 3, 4, 4, 2), "mask": keys_kept([4, 2], 4)}, gradient=True,
               note="gradients: cross-attention, padding mask, float64", note_zh="梯度：交叉注意力，padding 掩码，float64")
    yield Case({**mha(gen, 1, 4, 4, 4, 4, self_attention=True), "mask": causal(4, 4)}, gradient=True,
               note="gradients: causal self-attention, 4 heads of size 1, float64",
               note_zh="梯度：因果自注意力，4 个大小为 1 的头，float64")
    blocked = np.ones((2, 1, 3, 3), dtype=bool)
    blocked[1, :, 0] = False  # batch element 1, query 0 sees no key: its gradients are zeros, not NaN
    yield Case({**mha(gen, 2, 3, 3, 4, 2, f32), "mask": blocked}, gradient=True,
               note="gradients: a fully blocked query row, float32", note_zh="梯度：有一行查询被完全遮住，float32")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    query, key, value, h = given["query"], given["key"], given["value"], given["num_heads"]
    arrays = [given[name] for name in ("query", "key", "value", "in_proj_weight", "in_proj_bias",
                                       "out_proj_weight", "out_proj_bias")]
    for a in arrays:
        assert isinstance(a, np.ndarray) and a.dtype == query.dtype and a.dtype in (np.float32, np.float64)
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS
    assert query.ndim == 3 and key.ndim == 3 and value.ndim == 3
    b, lq, e = query.shape
    lk = key.shape[1]
    assert key.shape == value.shape == (b, lk, e)
    assert 1 <= b <= MAX_BATCH and 1 <= lq <= MAX_LEN and 1 <= lk <= MAX_LEN and 1 <= e <= MAX_EMBED
    assert isinstance(h, int) and 1 <= h <= e and e % h == 0
    assert given["in_proj_weight"].shape == (3 * e, e) and given["in_proj_bias"].shape == (3 * e,)
    assert given["out_proj_weight"].shape == (e, e) and given["out_proj_bias"].shape == (e,)
    mask = given.get("mask")
    if mask is not None:
        assert isinstance(mask, np.ndarray) and mask.dtype == bool and mask.ndim <= 4
        target = (b, h, lq, lk)
        assert np.broadcast_shapes(mask.shape, target) == target, f"mask {mask.shape} vs {target}"


SIZES = (16, 32, 64, 128, MAX_LEN)  # for `compare`: L, causal self-attention with B = 4, E = 128, H = 8, float32


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return {**mha(gen, MAX_BATCH, n, n, MAX_EMBED, 8, np.float32, self_attention=True), "mask": causal(n, n)}
