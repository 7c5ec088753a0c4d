"""Hidden tests for flash-attention: the classic mistakes first, in an order where a wrong solution usually fails
first on the case that names its mistake, then the shapes and block sizes, then the maxima under a memory ceiling.

Random q, k, v have unit-variance entries, so the scores q.k/sqrt(d) have variance about 1 and the softmax is not
saturated. The cases for the running max have scores that rise along the keys, so the max grows with every
block and forgetting to rescale what was summed at the old max shows. Large scores (about +-2000 to +-7*10^4) are
built from integers (`integer_scores`), so that they are exact in float32 too and every correct float32
computation, PyTorch's included, stays within the tolerance.

The memory ceiling (measured as the worker measures it: the rise of the resident high-water mark during the call,
harness/sandbox/worker.py `measured`) is 128 MiB on the three cases of 8192 queries (block sizes 96, 64, 64).
Measured peaks there: the reference 25-41 MiB (float64 copies of float32 inputs included); the accepted
submissions 0.3 MiB (query tiles of 128) to 53 MiB (all 8192 queries against a block of 96 keys, float64); a
solution that materialises the scores 255 MiB at the least (one float32 (8192, 8100) matrix, softmax in place),
520 MiB in float64, 1.0 to 1.5 GiB written the usual way. 128 MiB leaves 2.4x over the largest blockwise peak
(room for Lq x block_size score blocks, float64 copies and O(Lq * d) accumulators) and 2x under the leanest
materialising one.
"""

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import numpy_rng

MAX_LEN = 8192
MAX_DIM = 128
MAX_ABS = 100
MAX_BLOCK = 8192
CEILING_MB = 128  # see the module docstring: 2.4x over a blockwise peak, 2x under a materialising one


def qkv(gen, lq, lk, d, dv, dtype=np.float64):
    """Unit-variance q, k, v of the given shapes."""
    return {"q": gen.standard_normal((lq, d)).astype(dtype), "k": gen.standard_normal((lk, d)).astype(dtype),
            "v": gen.standard_normal((lk, dv)).astype(dtype)}


def rising(gen, lq, lk, d, dv, dtype, rise):
    """Scores that grow along the keys: q's first feature in [1, 2], k's rising linearly from -rise to rise, so each
    block's max exceeds the last one's by several units (d = 32, rise = 30: about 2 per block of 16 keys)."""
    given = qkv(gen, lq, lk, d, dv, dtype)
    given["q"][:, 0] = gen.uniform(1, 2, lq)
    given["k"][:, 0] = np.linspace(-rise, rise, lk)
    return given


def integer_scores(gen, lq, lk, dv, dtype, big_q, big_k):
    """Integer q and k with d = 64: 56 features of `big_q` against `big_k`, 8 small ones in [-3, 3]. Every score is
    56 * big_q * big_k / 8 plus a spread of a few units (at most +-9), exact in float32 (multiples of 1/8 below
    2^21): large scores that every dtype computes exactly."""
    q, k = gen.integers(-3, 4, (lq, 64)), gen.integers(-3, 4, (lk, 64))
    q[:, :56], k[:, :56] = big_q, big_k
    return {"q": q.astype(dtype), "k": k.astype(dtype), "v": gen.standard_normal((lk, dv)).astype(dtype)}


def hidden_cases(rng):
    gen = numpy_rng(rng)
    f32, f64 = np.float32, np.float64

    given = qkv(gen, 3, 1, 4, 2)
    yield Case({**given, "block_size": 1}, np.repeat(given["v"], 3, axis=0), "one key: every query returns v[0]",
               note_zh="只有一个键：每个查询都返回 v[0]")
    yield Case({**qkv(gen, 6, 8, 8, 8, f32), "block_size": 8},
               note="float32 in, float32 out: one block (block_size = Lk)",
               note_zh="输入 float32，输出也是 float32：只有一个块（block_size = Lk）")
    yield Case({**qkv(gen, 10, 12, 16, 64), "block_size": 12},
               note="d = 16, dv = 64, one block: the scale is 1/sqrt(d) = 1/4 (1/sqrt(dv) would be 1/8)",
               note_zh="d = 16，dv = 64，只有一个块：缩放系数是 1/sqrt(d) = 1/4（1/sqrt(dv) 会是 1/8）")
    yield Case({**qkv(gen, 9, 20, 64, 16, f32), "block_size": 20}, note="d = 64, dv = 16, one block, float32",
               note_zh="d = 64，dv = 16，只有一个块，float32")
    yield Case({**rising(gen, 128, 128, 32, 32, f64, 30), "block_size": 16},
               note="scores rise along the keys: every block raises the running max, so the running sum and the "
                    "running output must both be rescaled by exp(m_old - m_new)",
               note_zh="分数沿键的方向递增：每个块都会提高运行最大值，所以运行和与运行输出都必须乘以 exp(m_old - m_new) 重新缩放")
    yield Case({**rising(gen, 96, 96, 16, 16, f32, 20), "block_size": 32},
               note="scores rise along the keys, float32: rescale the sum and the output when the max grows",
               note_zh="分数沿键的方向递增，float32：最大值变大时，要重新缩放运行和与输出")
    # q's first feature is 100 (the others 0) and k's rises to 100: scores climb from 0 to 2500 along the keys,
    # far past what exp can hold above the first block's max (709 in float64, 88 in float32).
    for dtype, block in ((f64, 1), (f32, 8)):
        steep = qkv(gen, 8, 64, 16, 8, dtype)
        steep["q"][:] = 0
        steep["q"][:, 0] = 100
        steep["k"][:, 0] = np.linspace(0, 100, 64)
        yield Case({**steep, "block_size": block},
                   note=f"scores climb from 0 to 2500 along the keys, {np.dtype(dtype).name}, block_size = {block}: a "
                        "max kept from the first block overflows exp; it must grow, with the sums rescaled",
                   note_zh=f"分数沿键的方向从 0 升到 2500，{np.dtype(dtype).name}，block_size = {block}：沿用第一块的最大值会让 exp 上溢；"
                           "最大值必须随之增大，并重新缩放各个和")
    yield Case({**integer_scores(gen, 64, 64, 16, f64, 100, -100), "block_size": 16},
               note="every score near -7*10^4: exp underflows to 0 unless the running max starts at -inf (not 0) "
                    "and is subtracted", note_zh="所有分数都在 -7*10^4 附近：除非运行最大值从 -inf（而不是 0）开始并被减去，否则 exp 会下溢为 0")
    yield Case({**integer_scores(gen, 48, 48, 8, f32, 20, -15), "block_size": 8},
               note="every score near -2100, float32: a running max starting at 0 gives 0 / 0",
               note_zh="所有分数都在 -2100 附近，float32：运行最大值从 0 开始会得到 0 / 0")
    yield Case({**integer_scores(gen, 40, 40, 12, f64, 25, 20), "block_size": 8},
               note="scores near +3500: exp overflows float64 without the running max",
               note_zh="分数在 +3500 附近：没有运行最大值，exp 在 float64 中上溢")
    yield Case({**integer_scores(gen, 32, 32, 8, f32, 100, 100), "block_size": 16},
               note="scores near +7*10^4, float32: exp overflows without the running max",
               note_zh="分数在 +7*10^4 附近，float32：没有运行最大值，exp 会上溢")
    yield Case({**qkv(gen, 100, 100, 8, 8), "block_size": 16}, note="block_size 16 does not divide Lk = 100: a last "
               "block of 4 keys", note_zh="block_size 16 不能整除 Lk = 100：最后一块只有 4 个键")
    yield Case(qkv(gen, 40, 40, 16, 16, f32), note="block_size 64 (the default) > Lk = 40: one partial block, float32",
               note_zh="block_size 64（默认值）> Lk = 40：只有一个不满的块，float32")
    yield Case({**qkv(gen, 33, 33, 16, 16), "block_size": 1}, note="block_size = 1: one key per block",
               note_zh="block_size = 1：每块一个键")
    yield Case({**qkv(gen, 16, 200, 16, 16), "block_size": 32}, note="Lk = 200 > Lq = 16: loop over the keys, not "
               "the queries", note_zh="Lk = 200 > Lq = 16：按键循环，而不是按查询循环")
    yield Case({**qkv(gen, 150, 20, 16, 16, f32), "block_size": 8}, note="Lq = 150 > Lk = 20, float32",
               note_zh="Lq = 150 > Lk = 20，float32")
    yield Case({**qkv(gen, 100, 100, 8, 8), "block_size": 16, "causal": True},
               note="causal, block_size 16, Lk = 100: the blocks on the diagonal are partly masked (j > i hidden, "
                    "j = i kept), those above it wholly, the last holds 4 keys",
               note_zh="因果，block_size 16，Lk = 100：对角线上的块被部分遮住（遮住 j > i，保留 j = i），对角线以上的块被完全遮住，最后一块有 4 个键")
    yield Case({**qkv(gen, 200, 200, 64, 32), "causal": True}, note="causal, block_size 64 (the default), d = 64, "
               "dv = 32", note_zh="因果，block_size 64（默认值），d = 64，dv = 32")
    yield Case({**qkv(gen, 130, 130, 32, 16, f32), "block_size": 48, "causal": True},
               note="causal, block_size 48, float32: blocks straddle the diagonal off the 64-grid",
               note_zh="因果，block_size 48，float32：块跨越对角线，且不与 64 的网格对齐")
    yield Case({**qkv(gen, 24, 24, 8, 4, f32), "block_size": 1, "causal": True}, note="causal, block_size = 1, float32",
               note_zh="因果，block_size = 1，float32")
    yield Case({**qkv(gen, 40, 40, 8, 8), "block_size": 50, "causal": True}, note="causal, block_size 50 > L = 40",
               note_zh="因果，block_size 50 > L = 40")
    given = qkv(gen, 1, 1, 8, 3)
    yield Case({**given, "causal": True}, given["v"].copy(), "causal, Lq = Lk = 1: the query sees its own key",
               note_zh="因果，Lq = Lk = 1：查询能看到它自己的键")
    yield Case({**rising(gen, 112, 112, 32, 32, f64, 30), "block_size": 16, "causal": True},
               note="causal, scores rising along the keys", note_zh="因果，分数沿键的方向递增")
    yield Case({**integer_scores(gen, 70, 70, 8, f32, 100, -100), "block_size": 16, "causal": True},
               note="causal, every score near -7*10^4, float32: a finite mask fill such as -1e4 outweighs every "
                    "visible key", note_zh="因果，所有分数都在 -7*10^4 附近，float32：用 -1e4 这样的有限值填充掩码，被遮住的键会压过所有可见的键")
    yield Case({**qkv(gen, 1, 37, 8, 5), "block_size": 8}, note="one query (Lq = 1), Lk = 37, block_size 8",
               note_zh="只有一个查询（Lq = 1），Lk = 37，block_size 8")
    yield Case({**qkv(gen, 7, 9, 1, 1, f32), "block_size": 2}, note="d = 1, dv = 1, float32",
               note_zh="d = 1，dv = 1，float32")
    yield Case({**qkv(gen, 512, 512, MAX_DIM, MAX_DIM), "block_size": 128, "causal": True},
               note="max: d = dv = 128, L = 512, causal, block_size 128",
               note_zh="最大：d = dv = 128，L = 512，因果，block_size 128")
    yield Case({**qkv(gen, 2048, 2048, 64, 64, f32), "block_size": 100}, note="L = 2048, block_size 100, float32",
               note_zh="L = 2048，block_size 100，float32")
    yield Case({**qkv(gen, MAX_LEN, 8100, 64, 32, f32), "block_size": 96}, memory_ceiling_mb=CEILING_MB,
               note=f"max: Lq = 8192, Lk = 8100, block_size 96 (a last block of 36), dv = 32, float32, under "
                    f"{CEILING_MB} MiB (the scores alone would take 253 MiB)",
               note_zh="最大：Lq = 8192，Lk = 8100，block_size 96（最后一块 36 个键），dv = 32，float32，"
                       f"内存不超过 {CEILING_MB} MiB（仅分数就要占 253 MiB）")
    yield Case({**qkv(gen, MAX_LEN, MAX_LEN, 64, 64)}, memory_ceiling_mb=CEILING_MB,
               note=f"max: Lq = Lk = 8192, d = dv = 64, float64, block_size 64, under {CEILING_MB} MiB (the scores "
                    "alone would take 512 MiB)",
               note_zh=f"最大：Lq = Lk = 8192，d = dv = 64，float64，block_size 64，内存不超过 {CEILING_MB} MiB（仅分数就要占 512 MiB）")
    yield Case({**qkv(gen, MAX_LEN, MAX_LEN, 64, 64, f32), "causal": True}, memory_ceiling_mb=CEILING_MB,
               note=f"max: Lq = Lk = 8192, causal, float32, block_size 64, under {CEILING_MB} MiB (the scores alone "
                    "would take 256 MiB)",
               note_zh=f"最大：Lq = Lk = 8192，因果，float32，block_size 64，内存不超过 {CEILING_MB} MiB（仅分数就要占 256 MiB）")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    q, k, v = given["q"], given["k"], given["v"]
    block_size, causal = given.get("block_size", 64), given.get("causal", False)
    for a in (q, k, v):
        assert isinstance(a, np.ndarray) and a.dtype == q.dtype and a.dtype in (np.float32, np.float64)
        assert a.ndim == 2 and np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS
    (lq, d), (lk, dk), (lv, dv) = q.shape, k.shape, v.shape
    assert dk == d and lv == lk, f"q {q.shape}, k {k.shape}, v {v.shape}"
    assert 1 <= lq <= MAX_LEN and 1 <= lk <= MAX_LEN and 1 <= d <= MAX_DIM and 1 <= dv <= MAX_DIM
    assert isinstance(block_size, int) and not isinstance(block_size, bool) and 1 <= block_size <= MAX_BLOCK
    assert isinstance(causal, bool) and (not causal or lq == lk), "causal needs Lq = Lk"


SIZES = (256, 512, 1024, 2048, 4096)  # for `compare`: Lq = Lk = n, d = dv = 64, float64, block_size 64


def sized_input(rng, n):
    return qkv(numpy_rng(rng), n, n, 64, 64)
