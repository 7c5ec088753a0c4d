"""Hidden tests for grouped-query-attention: the edge cases (L = 1, MQA, MHA), one or more per classic mistake
(the head-to-group mapping, the scale, the causal diagonal, a finite mask fill, the head split, x @ W), the two
ValueErrors, gradients for the PyTorch flavour, then seeded cases at the maxima.

Weights are random, non-symmetric and scaled so that each projected feature has unit variance: the per-head scores
are of order 1, neither flat nor saturated, so a scale of 1/sqrt(E) instead of 1/sqrt(D), a query head reading the
wrong kv head, or x @ W instead of x @ W.T all change the answer visibly. Every batch element has its own content.
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import numpy_rng

MAX_BATCH = 4
MAX_LEN = 256
MAX_EMBED = 256
MAX_HEADS = 16
MAX_ABS = 100


def gqa(gen, b, length, e, h, kv, dtype=np.float64, *, causal=True, scale=1.0):
    """Inputs and weights of one case; `scale` multiplies x (large inputs: large scores)."""
    d = e // h
    bound = np.sqrt(3 / e)  # uniform(-bound, bound) has variance 1/e: unit-variance projected features
    given = {
        "x": np.clip(gen.standard_normal((b, length, e)) * scale, -MAX_ABS, MAX_ABS),
        "num_heads": h,
        "num_kv_heads": kv,
        "w_q": gen.uniform(-bound, bound, (e, e)),
        "w_k": gen.uniform(-bound, bound, (kv * d, e)),
        "w_v": gen.uniform(-bound, bound, (kv * d, e)),
        "w_o": gen.uniform(-bound, bound, (e, e)),
        "causal": causal,
    }
    return {name: value.astype(dtype) if isinstance(value, np.ndarray) else value for name, value in given.items()}


def far_below(gen, b, length, dtype, *, channels, gain):
    """Causal, E = 64, 4 query heads and 2 kv heads of D = 16, with integer x, w_q and w_k whose scores all lie
    near -(100 * channels * gain)^2 / 4, a few units apart: the first feature of every q head is `gain` times
    `channels` input features of 100, of every k head the same negated; the other 15 features pick small integers.
    Exact in float64 (and in float32 below 2^24), whatever the order of the sums; the scale 1/4 is exact too."""
    e, h, kv, d = 64, 4, 2, 16
    small = e - channels
    x = np.concatenate([np.full((b, length, channels), 100), gen.integers(-2, 3, (b, length, small))], axis=-1)
    w_q, w_k = np.zeros((e, e)), np.zeros((kv * d, e))
    for row in range(e):
        w_q[row, channels + (3 * row) % small] = 1
    for row in range(kv * d):
        w_k[row, channels + (5 * row + 1) % small] = 1
    for row in range(0, e, d):  # the first feature of each q head
        w_q[row] = 0
        w_q[row, :channels] = gain
    for row in range(0, kv * d, d):  # the first feature of each kv head
        w_k[row] = 0
        w_k[row, :channels] = -gain
    given = gqa(gen, b, length, e, h, kv, causal=True)
    given.update(x=x, w_q=w_q, w_k=w_k)
    return {name: value.astype(dtype) if isinstance(value, np.ndarray) else value for name, value in given.items()}


def future_dominates(gen, b, length, dtype, *, gain):
    """Causal, E = 8, 2 heads of D = 4 sharing 1 kv head; feature 0 of token t is 5 (t + 1), and the first feature
    of every q and k head reads it with `gain`: scores grow with the key's position, so for every query the hidden
    future keys score far above the visible ones (by more than 10^3 at gain 3)."""
    given = gqa(gen, b, length, 8, 2, 1)
    given["x"][:, :, 0] = 5.0 * np.arange(1, length + 1)
    for row in (0, 4):  # the first feature of each q head
        given["w_q"][row] = 0
        given["w_q"][row, 0] = gain
    given["w_k"][0] = 0
    given["w_k"][0, 0] = gain
    return {name: value.astype(dtype) if isinstance(value, np.ndarray) else value for name, value in given.items()}


def hidden_cases(rng):
    gen = numpy_rng(rng)
    f32 = np.float32

    yield Case(gqa(gen, 1, 1, 1, 1, 1), note="the smallest: B = L = E = 1, one head, one kv head",
               note_zh="最小：B = L = E = 1，一个头，一个 kv 头")
    yield Case(gqa(gen, 3, 1, 16, 4, 2), note="L = 1, B = 3: each token sees only itself",
               note_zh="L = 1，B = 3：每个 token 只能看到自己")
    yield Case(gqa(gen, 2, 5, 8, 8, 2), note="8 heads of size D = 1, 2 kv heads", note_zh="8 个大小为 D = 1 的头，2 个 kv 头")
    yield Case(gqa(gen, 2, 6, 16, 4, 4), note="MHA as the edge case: num_kv_heads = num_heads = 4, causal",
               note_zh="MHA 作为边界情形：num_kv_heads = num_heads = 4，因果")
    yield Case(gqa(gen, 2, 7, 32, 8, 1, f32), note="MQA as the edge case: num_kv_heads = 1, all 8 query heads read it, "
                                                     "float32",
               note_zh="MQA 作为边界情形：num_kv_heads = 1，8 个查询头都读取它，float32")
    yield Case(gqa(gen, 2, 9, 32, 8, 2),
               note="8 heads, 2 kv heads: query head h reads kv head h // 4 (heads 0-3 kv 0, 4-7 kv 1), not h % 2",
               note_zh="8 个头，2 个 kv 头：查询头 h 读取 kv 头 h // 4（头 0-3 读 kv 0，4-7 读 kv 1），而不是 h % 2")
    yield Case(gqa(gen, 2, 8, 24, 6, 3, f32, causal=False),
               note="6 heads, 3 kv heads, causal=False, float32: heads 0,1 read kv 0, 2,3 kv 1, 4,5 kv 2 "
                    "(np.repeat), not 0,1,2,0,1,2 (np.tile)",
               note_zh="6 个头，3 个 kv 头，causal=False，float32：头 0,1 读 kv 0，2,3 读 kv 1，4,5 读 kv 2（np.repeat），"
                       "而不是 0,1,2,0,1,2（np.tile）")
    yield Case(gqa(gen, 1, 10, 48, 12, 4), note="12 heads, 4 kv heads (groups of 3), head size 4",
               note_zh="12 个头，4 个 kv 头（每组 3 个），头大小为 4")
    yield Case(gqa(gen, 3, 5, 8, 4, 2, causal=False), note="causal=False: every token sees every token, B = 3",
               note_zh="causal=False：每个 token 都能看到所有 token，B = 3")
    yield Case(gqa(gen, 2, 8, 64, 8, 2),
               note="E = 64, 8 heads of D = 8, 2 kv heads: the scale is 1/sqrt(8), not 1/sqrt(64) nor 1/sqrt(16)",
               note_zh="E = 64，8 个 D = 8 的头，2 个 kv 头：缩放系数是 1/sqrt(8)，不是 1/sqrt(64)，也不是 1/sqrt(16)")
    yield Case(gqa(gen, 2, 6, 32, 4, 2, f32, causal=False),
               note="E = 32, 4 heads of D = 8, 2 kv heads, causal=False, float32: the scale is 1/sqrt(8)",
               note_zh="E = 32，4 个 D = 8 的头，2 个 kv 头，causal=False，float32：缩放系数是 1/sqrt(8)")
    yield Case(gqa(gen, 4, 5, 16, 4, 2),
               note="B = 4, each sequence its own: batch elements never attend to each other",
               note_zh="B = 4，各序列相互独立：批元素之间从不互相关注")
    yield Case(gqa(gen, 2, 2, 8, 2, 1), note="L = 2, causal: token 0 sees only itself, token 1 sees both",
               note_zh="L = 2，因果：token 0 只能看到自己，token 1 两个都能看到")
    yield Case(gqa(gen, 2, 6, 16, 4, 2, causal=False, scale=30),
               note="inputs of size ~30, causal=False: scores of size ~900 overflow exp without the max subtracted",
               note_zh="输入大小约为 30，causal=False：分数约为 900，不减去最大值 exp 就会上溢")
    yield Case(gqa(gen, 2, 6, 16, 4, 1, f32, scale=8),
               note="inputs of size ~8, causal, MQA, float32: scores up to ~160 overflow float32's exp (past 88.7)",
               note_zh="输入大小约为 8，因果，MQA，float32：分数最高约 160，超过 88.7 后 float32 的 exp 上溢")
    yield Case(far_below(gen, 2, 7, np.float64, channels=8, gain=100),
               note="causal, scores near -1.6*10^9, float64: a finite fill such as -1e4 or -1e9 for the hidden keys "
                    "gives them the weight",
               note_zh="因果，分数在 -1.6*10^9 附近，float64：用 -1e4 或 -1e9 这样的有限值填充被遮住的键，权重会落到它们身上")
    yield Case(far_below(gen, 3, 9, f32, channels=1, gain=14),
               note="causal, scores near -4.9*10^5, float32: a finite fill such as -1e4 or -1e5 for the hidden keys "
                    "gives them the weight",
               note_zh="因果，分数在 -4.9*10^5 附近，float32：用 -1e4 或 -1e5 这样的有限值填充被遮住的键，权重会落到它们身上")
    yield Case(future_dominates(gen, 2, 12, np.float64, gain=3),
               note="causal, every hidden future key scores over 10^3 above the visible ones, float64: a softmax "
                    "max taken over the whole row before the mask makes the visible weights underflow",
               note_zh="因果，每个被遮住的未来键的分数都比可见键高出 10^3 以上，float64：在加掩码之前对整行取 softmax 的最大值，会让可见键的权重下溢")
    yield Case(future_dominates(gen, 2, 12, f32, gain=1),
               note="causal, the hidden future keys score over 100 above the visible ones, float32: a softmax max "
                    "taken over the whole row before the mask makes the visible weights underflow",
               note_zh="因果，被遮住的未来键的分数比可见键高出 100 以上，float32：在加掩码之前对整行取 softmax 的最大值，会让可见键的权重下溢")
    yield Case(gqa(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, MAX_HEADS, 4, f32),
               note="max: B = 4, L = 256, E = 256, 16 heads, 4 kv heads, causal, float32",
               note_zh="最大：B = 4，L = 256，E = 256，16 个头，4 个 kv 头，因果，float32")
    yield Case(gqa(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, MAX_HEADS, 4, causal=False),
               note="max: B = 4, L = 256, E = 256, 16 heads, 4 kv heads, causal=False, float64",
               note_zh="最大：B = 4，L = 256，E = 256，16 个头，4 个 kv 头，causal=False，float64")
    yield Case(gqa(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, MAX_HEADS, 1),
               note="max: MQA, B = 4, L = 256, E = 256, 16 heads, 1 kv head, causal, float64",
               note_zh="最大：MQA，B = 4，L = 256，E = 256，16 个头，1 个 kv 头，因果，float64")
    yield Case(gqa(gen, 2, MAX_LEN, MAX_EMBED, 8, 8, f32),
               note="max: MHA, B = 2, L = 256, E = 256, 8 heads of 32, 8 kv heads, causal, float32",
               note_zh="最大：MHA，B = 2，L = 256，E = 256，8 个大小为 32 的头，8 个 kv 头，因果，float32")
    yield Case(gqa(gen, 1, MAX_LEN, MAX_EMBED, 2, 1, causal=False),
               note="max: 2 heads of D = 128 sharing 1 kv head, L = 256, causal=False, float64",
               note_zh="最大：2 个 D = 128 的头共享 1 个 kv 头，L = 256，causal=False，float64")
    # Outside the constraints on purpose (validate() is not asked). The weights have the shapes a loop over
    # feature slices would accept, so only an explicit check raises: D = 12 // 8 = 1 (w_k (2, 12)) for the first;
    # for the other two E % num_heads == 0 and w_k, w_v are (num_kv_heads * D, E), so every projection and every
    # reshape to (B, L, heads, D) succeeds.
    yield Case(gqa(gen, 2, 3, 12, 8, 2), raises="ValueError", note="E % num_heads != 0 (E = 12, 8 heads)",
               note_zh="E % num_heads != 0（E = 12，8 个头）")
    yield Case(gqa(gen, 2, 3, 24, 6, 4), raises="ValueError",
               note="num_heads % num_kv_heads != 0 (6 heads, 4 kv heads; E = 24, D = 4)",
               note_zh="num_heads % num_kv_heads != 0（6 个头，4 个 kv 头；E = 24，D = 4）")
    yield Case(gqa(gen, 1, 4, 16, 2, 4), raises="ValueError",
               note="num_heads % num_kv_heads != 0: more kv heads than query heads (2 heads, 4 kv heads)",
               note_zh="num_heads % num_kv_heads != 0：kv 头比查询头多（2 个头，4 个 kv 头）")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element).
    yield Case(gqa(gen, 2, 3, 8, 4, 2), gradient=True, note="gradients: 4 heads, 2 kv heads, causal, float64",
               note_zh="梯度：4 个头，2 个 kv 头，因果，float64")
    yield Case(gqa(gen, 1, 4, 6, 3, 1, causal=False), gradient=True,
               note="gradients: MQA, 3 heads of 2, causal=False, float64",
               note_zh="梯度：MQA，3 个大小为 2 的头，causal=False，float64")
    yield Case(gqa(gen, 2, 3, 8, 2, 2, f32), gradient=True, note="gradients: MHA, 2 heads of 4, causal, float32",
               note_zh="梯度：MHA，2 个大小为 4 的头，因果，float32")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, h, kv, causal = given["x"], given["num_heads"], given["num_kv_heads"], given.get("causal", True)
    assert isinstance(h, int) and isinstance(kv, int) and isinstance(causal, bool)
    for name in ("x", "w_q", "w_k", "w_v", "w_o"):
        a = given[name]
        assert isinstance(a, np.ndarray) and a.dtype == x.dtype and a.dtype in (np.float32, np.float64), name
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS, name
    assert x.ndim == 3
    b, length, e = x.shape
    assert 1 <= b <= MAX_BATCH and 1 <= length <= MAX_LEN and 1 <= e <= MAX_EMBED
    assert 1 <= h <= min(e, MAX_HEADS) and e % h == 0 and 1 <= kv <= h and h % kv == 0
    d = e // h
    assert given["w_q"].shape == given["w_o"].shape == (e, e)
    assert given["w_k"].shape == given["w_v"].shape == (kv * d, e)


SIZES = (16, 32, 64, 128, MAX_LEN)  # for `compare`: L, causal, B = 4, E = 256, 16 heads, 4 kv heads, float32


def sized_input(rng, n):
    return gqa(numpy_rng(rng), MAX_BATCH, n, MAX_EMBED, MAX_HEADS, 4, np.float32)
