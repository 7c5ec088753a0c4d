"""Hidden tests for moe-top-k: the edges (one token, one expert, top_k = X, top_k = 1, experts nobody picks), one
case (or more) per classic mistake, then seeded cases at the maxima.

Weights are drawn like nn.Linear's (uniform in +-1/sqrt(in_features)), the router's times a gain, so that the router
probabilities are neither uniform nor one-hot and half of each expert's pre-activations are negative. The routing
is a discontinuous function of the logits: every generated token keeps its k-th and (k+1)-th largest logits at
least MARGIN apart (rows of x are drawn again until they are), far beyond any float32 rounding, so the choice of
experts never depends on the order of a summation; where two logits tie, they tie exactly (small integers and
halves: exact in every dtype and order). The classic mistakes and the cases that catch them:
- gates not renormalised (the chosen experts' softmax weights as they are), or softmax taken again over the chosen
  probabilities: every case with 1 <= top_k < X (the gates sum to 0.4-0.9); softmax over the chosen *logits* is
  the same as renormalising and is accepted;
- ties to the higher index (argsort ascending, reversed): duplicated router rows, in float64 (top_k = 2, the tied
  pair at ranks 2 and 3 of every token) and float32 (top_k = 1, the tied pair on top); ties in no promised order
  (np.argpartition, np.argsort's default quicksort, torch.topk): 16 duplicated pairs of 32 experts, top_k = 3;
- the aux loss per token (f_e as counts, or divided by N instead of N * top_k), without its factor X, with P_e the
  mean of the gates, with f_e from the top-1 choice only: every case with top_k >= 2, and a skewed router (expert 0
  first for every token) where the top-1 counts and the top-2 shares differ by a factor of 2;
- relu missing; w1[e] not transposed (the square case E = F and example 1, where it runs); float32 answered in
  float64; a softmax without the max subtracted (logits up to +-800 in float64, +-200 in float32).
- every expert computed for every token: the same y, but X / top_k times the expert work: 256 times on the float32
  maximum (X = 256, top_k = 1), about 3 times over the time limit there in float32 and about 7 times in float64
  (a loop over tokens, the slowest accepted style, does the sparse work at less than half the limit).
"""

import numpy as np

from harness.catalogue import kit
from harness.catalogue.cases import Case

MAX_TOKENS = 12_288
MAX_EMBED = 256
MAX_HIDDEN = 512
MAX_EXPERTS = 256
MAX_WEIGHTS = 2**22  # X * F * E, the elements of w1 (and of w2)
MARGIN = 1e-3  # the least gap between the k-th and (k+1)-th logits of a token, unless they tie exactly
MAX_LOGIT = 1e3
MAX_ABS = 100
f32, f64 = np.float32, np.float64


def boundary_gaps(x, w_router, top_k):
    """Per token, the gap between its k-th and (k+1)-th largest router logits (inf when top_k = X), in float64."""
    logits = np.sort(x.astype(f64) @ w_router.astype(f64).T, axis=1)[:, ::-1]
    if top_k >= logits.shape[1]:
        return np.full(len(logits), np.inf)
    return logits[:, top_k - 1] - logits[:, top_k]


def layer(gen, n, e, f, experts, top_k, dtype=f64, router_gain=3.0):
    """One case's input: x standard normal, nn.Linear-like weights, the router's times `router_gain`; rows of x
    whose routing boundary is closer than MARGIN are drawn again."""
    given = {
        "x": gen.standard_normal((n, e)),
        "w_router": gen.uniform(-1, 1, (experts, e)) * router_gain / np.sqrt(e),
        "w1": gen.uniform(-1, 1, (experts, f, e)) / np.sqrt(e),
        "w2": gen.uniform(-1, 1, (experts, e, f)) / np.sqrt(f),
    }
    given = {name: a.astype(dtype) for name, a in given.items()}
    while True:
        close = boundary_gaps(given["x"], given["w_router"], top_k) < MARGIN
        if not close.any():
            break
        given["x"][close] = gen.standard_normal((int(close.sum()), e)).astype(dtype)
    return {**given, "top_k": top_k}


def integers(gen, shape, low=-3, high=3):
    """Small integers and halves: every dot product of them is exact in float32 and float64, in any order."""
    return gen.integers(2 * low, 2 * high + 1, shape) / 2


def tied(gen, n, e, f, experts, top_k, pairs, dtype):
    """Exact ties: router rows `b` copy rows `a` (for each (a, b) in `pairs`), x and w_router small integers and
    halves; rows of x are drawn again until every token's boundary is either an exact tie or MARGIN wide. The
    tied experts' own weights differ (random), so the choice between them changes y."""
    w_router = integers(gen, (experts, e), -2, 2)
    for a, b in pairs:
        w_router[b] = w_router[a]
    x = integers(gen, (n, e))
    while True:
        gaps = boundary_gaps(x, w_router, top_k)
        close = (gaps != 0) & (gaps < MARGIN)
        if not close.any():
            break
        x[close] = integers(gen, (int(close.sum()), e))
    rest = layer(gen, 1, e, f, experts, top_k)
    return {"x": x.astype(dtype), "w_router": w_router.astype(dtype), "w1": rest["w1"].astype(dtype),
            "w2": rest["w2"].astype(dtype), "top_k": top_k}


def skewed(gen, n, e, f, experts):
    """A router that sends every token to expert 0 first (a large bias through feature 0 of x, which is 1) and
    spreads the second choices over the others: top-1 shares (1, 0, ...) against top-2 shares (1/2, ...)."""
    given = layer(gen, n, e, f, experts, 2, router_gain=1.0)
    given["x"][:, 0] = 1.0
    given["w_router"][:, 0] = 0.0
    given["w_router"][0, 0] = 6.0
    return layer_fixed(gen, given, 2)


def layer_fixed(gen, given, top_k):
    """`given` with the rows of x (but feature 0) whose routing boundary is closer than MARGIN drawn again."""
    while True:
        close = boundary_gaps(given["x"], given["w_router"], top_k) < MARGIN
        if not close.any():
            return given
        fresh = gen.standard_normal((int(close.sum()), given["x"].shape[1])).astype(given["x"].dtype)
        fresh[:, 0] = given["x"][close][:, 0]
        given["x"][close] = fresh


def far_logits(gen, n, e, f, experts, top_k, dtype, size):
    """Router logits near +-size: column 0 of x is 10, column 0 of w_router spreads size/10 over the experts."""
    given = layer(gen, n, e, f, experts, top_k, dtype)
    given["x"][:, 0] = 10
    given["w_router"][:, 0] = ((gen.permutation(experts) + 1) / experts * 2 - 1) * size / 10
    return layer_fixed(gen, given, top_k)


def hidden_cases(rng):
    gen = kit.numpy_rng(rng)

    # The edges, pinned: one token; one expert; every expert; one expert per token.
    one = {"x": np.array([[1.0, -2.0]]), "w_router": np.array([[0.5, 0.25]]),
           "w1": np.array([[[1.0, 0.5], [-1.0, 1.0], [0.5, 0.5]]]), "w2": np.array([[[1.0, -1.0, 2.0], [0.5, 1.0, 0.0]]]),
           "top_k": 1}
    yield Case(one, (np.array([[0.0, 0.0]]), 1.0),
               "one token, one expert (X = 1, top_k = 1): gate 1, aux_loss = 1 * 1 * 1 = 1; x @ w1[0].T = [0, -3, "
               "-0.5], which relu zeroes, so y = 0",
               note_zh="一个 token、一个专家（X = 1，top_k = 1）：门控为 1，aux_loss = 1 * 1 * 1 = 1；relu 把每个隐藏单元"
                       "都变成 0，所以 y = 0")
    yield Case(layer(gen, 1, 8, 12, 4, 2), note="one token (N = 1), X = 4, top_k = 2: P_e is that token's probabilities",
               note_zh="一个 token（N = 1），X = 4，top_k = 2：P_e 就是这个 token 的概率")
    yield Case(layer(gen, 6, 8, 16, 4, 4), note="top_k = X = 4: every expert, gates = the probabilities, aux_loss = 1",
               note_zh="top_k = X = 4：选中所有专家，门控就是概率本身，aux_loss = 1")
    yield Case(layer(gen, 10, 8, 16, 6, 1), note="top_k = 1 (Switch routing): each gate is 1 after renormalising",
               note_zh="top_k = 1（Switch 的路由）：归一化之后每个门控都是 1")
    yield Case(layer(gen, 5, 6, 10, 16, 2, router_gain=4.0),
               note="N = 5 tokens, X = 16 experts: most experts get no token (f_e = 0)",
               note_zh="N = 5 个 token，X = 16 个专家：大多数专家一个 token 也分不到（f_e = 0）")

    # The gates and the experts.
    yield Case(layer(gen, 24, 16, 32, 8, 2), note="Mixtral's shape: X = 8, top_k = 2, float64",
               note_zh="Mixtral 的配置：X = 8，top_k = 2，float64")
    yield Case(layer(gen, 20, 12, 12, 6, 2, router_gain=2.0),
               note="square experts, E = F = 12: x @ w1[e] instead of x @ w1[e].T runs, and is wrong",
               note_zh="方阵专家，E = F = 12：用 x @ w1[e] 代替 x @ w1[e].T 能运行，但结果是错的")
    yield Case(layer(gen, 16, 24, 8, 5, 3, f32), note="F < E (24 -> 8 -> 24), X = 5, top_k = 3, float32",
               note_zh="F < E（24 -> 8 -> 24），X = 5，top_k = 3，float32")
    yield Case(layer(gen, 40, 32, 64, 16, 4, f32, router_gain=2.0), note="X = 16, top_k = 4, float32 stays float32",
               note_zh="X = 16，top_k = 4，输入 float32，输出也是 float32")

    # Ties, exactly: duplicated router rows.
    yield Case(tied(gen, 30, 6, 10, 6, 2, [(1, 4)], f64),
               note="router rows 1 and 4 equal (and their experts not): p_1 = p_4 exactly; where they share rank 2, "
                    "top_k = 2 takes expert 1, the lower index",
               note_zh="路由矩阵第 1 行和第 4 行相同（对应的专家不同）：p_1 = p_4 完全相等；两者并列第 2 时，"
                       "top_k = 2 选下标较小的专家 1")
    yield Case(tied(gen, 30, 6, 10, 5, 1, [(0, 3), (2, 4)], f32),
               note="router rows 0 = 3 and 2 = 4, float32, top_k = 1: a tie for first place goes to the lower index",
               note_zh="路由矩阵第 0 行 = 第 3 行，第 2 行 = 第 4 行，float32，top_k = 1：并列第一时选下标较小的")

    yield Case(tied(gen, 64, 8, 12, 32, 3, [(a, a + 16) for a in range(16)], f64),
               note="\"upcycled\" experts: router rows 16..31 copy rows 0..15, top_k = 3: every token's 3rd and 4th "
                    "experts tie; the lower index is taken (np.argpartition, an unstable np.argsort and torch.topk "
                    "promise no order among ties, and here they take the other one)",
               note_zh="“升级复制”（upcycled）的专家：路由矩阵第 16..31 行复制第 0..15 行，top_k = 3：每个 token 的第 3 "
                       "和第 4 个专家并列；选下标较小的（np.argpartition、不稳定的 np.argsort 和 torch.topk 对并列的"
                       "顺序不作保证，这里它们选了另一个）")

    # The aux loss.
    yield Case(skewed(gen, 64, 16, 24, 8),
               note="expert 0 is every token's first choice: f_0 = 1/2 (of N * top_k assignments), not 1 (top-1 "
                    "only) or N (counts)",
               note_zh="专家 0 是每个 token 的第一选择：f_0 = 1/2（占 N * top_k 次分配的比例），不是 1（只数 top-1）"
                       "也不是 N（次数）")
    yield Case(layer(gen, 50, 16, 32, 8, 2, router_gain=0.3),
               note="a near-uniform router (gain 0.3): aux_loss close to its minimum 1",
               note_zh="接近均匀的路由（增益 0.3）：aux_loss 接近它的最小值 1")

    # Large logits: a softmax without the max subtracted overflows.
    yield Case(far_logits(gen, 12, 8, 16, 8, 2, f64, 800.0),
               note="router logits up to +-800, float64: exp(800) is inf, the max must be subtracted first",
               note_zh="路由 logits 最大到 +-800，float64：exp(800) 是 inf，必须先减去最大值")
    yield Case(far_logits(gen, 12, 8, 16, 8, 2, f32, 200.0),
               note="router logits up to +-200, float32 (exp overflows past 88.7)",
               note_zh="路由 logits 最大到 +-200，float32（超过 88.7 时 exp 上溢）")

    # The maxima.
    yield Case(layer(gen, 256, MAX_EMBED, MAX_HIDDEN, 32, 2),
               note="max: E = 256, F = 512, X = 32, top_k = 2, N = 256, float64",
               note_zh="最大：E = 256，F = 512，X = 32，top_k = 2，N = 256，float64")
    yield Case(layer(gen, 4096, 128, 256, 64, 2, router_gain=2.0),
               note="max: N = 4096, E = 128, F = 256, X = 64, top_k = 2, float64",
               note_zh="最大：N = 4096，E = 128，F = 256，X = 64，top_k = 2，float64")
    yield Case(layer(gen, MAX_TOKENS, 64, 256, MAX_EXPERTS, 1, f32, router_gain=2.0),
               note="max: N = 12288, E = 64, F = 256, X = 256 (DeepSeek-V3's number of routed experts), top_k = 1, "
                    "float32: computing every expert for every token is 256 times the work",
               note_zh="最大：N = 12288，E = 64，F = 256，X = 256（DeepSeek-V3 的路由专家数），top_k = 1，float32："
                       "让每个 token 都经过每个专家要多做 256 倍的计算")
    yield Case(layer(gen, MAX_TOKENS, 64, 256, MAX_EXPERTS, 1, f64, router_gain=2.0),
               note="max: the same shape in float64 (N = 12288, E = 64, F = 256, X = 256, top_k = 1): a dense "
                    "layer's 256-fold expert work is twice as slow again in float64 GEMMs, while a sparse one's time "
                    "is mostly per-token overhead",
               note_zh="最大：同样的形状，float64（N = 12288，E = 64，F = 256，X = 256，top_k = 1）：稠密计算多出的 256 倍"
                       "专家计算在 float64 矩阵乘法里又慢一倍，而稀疏计算的时间主要是每个 token 的固定开销")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, w_router, w1, w2, top_k = (given[name] for name in ("x", "w_router", "w1", "w2", "top_k"))
    for a in (x, w_router, w1, w2):
        assert isinstance(a, np.ndarray) and a.dtype == x.dtype and a.dtype in (f32, f64), "one dtype"
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS, "finite, |value| <= 100"
    assert x.ndim == 2 and w_router.ndim == 2 and w1.ndim == 3 and w2.ndim == 3
    (n, e), (experts, f) = x.shape, w1.shape[:2]
    assert 1 <= n <= MAX_TOKENS and 1 <= e <= MAX_EMBED and 1 <= f <= MAX_HIDDEN and 1 <= experts <= MAX_EXPERTS
    assert w_router.shape == (experts, e) and w1.shape == (experts, f, e) and w2.shape == (experts, e, f)
    assert experts * f * e <= MAX_WEIGHTS
    assert isinstance(top_k, int) and 1 <= top_k <= experts
    logits = x.astype(f64) @ w_router.astype(f64).T
    assert np.abs(logits).max() <= MAX_LOGIT, "|router logits| <= 1000"
    gaps = boundary_gaps(x, w_router, top_k)
    assert ((gaps == 0) | (gaps >= MARGIN)).all(), "the k-th and (k+1)-th logits tie exactly or are 1e-3 apart"


SIZES = (768, 1536, 3072, 6144, MAX_TOKENS)  # for `compare`: tokens, E = 64, F = 256, X = 256, top_k = 1, float32


def sized_input(rng, n):
    gen = kit.numpy_rng(rng)
    return layer(gen, n, 64, 256, MAX_EXPERTS, 1, f32, router_gain=2.0)
