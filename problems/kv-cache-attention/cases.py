"""Hidden tests for kv-cache-attention: decode steps and chunks (first call and after a cached prefix), resets,
cache_len, heads of size 1 and one head, both dtypes, large scores, then long sequences at the maxima.

Weights are drawn like PyTorch's initialisation (Xavier-uniform projections, no symmetry), tokens have unit
variance, so the per-head scores are not saturated: a scale of 1/sqrt(E) instead of 1/sqrt(E/H), heads split
without the transpose, a token that does not see itself or sees the chunk's later tokens all change the answer
visibly. The longest cases are 2048 tokens, mostly single-token decode steps, in float32 (PyTorch's float64
kernels are several times slower, and the limit is shared by both flavours). At E = 512 a cached step costs
O(cache_len * E), concatenation included, while re-projecting the prefix each step costs O(cache_len * E^2): about
ten times the slowest accepted submission (the PyTorch flavour growing its cache with torch.cat), over twice the
8 s limit; re-running attention over the prefix (O(cache_len^2 * E) per step) is hopeless.
"""

import math

import numpy as np

from harness.catalogue.kit import Operations, numpy_rng

MAX_EMBED = 512
WIDE = 128  # E of the longest sequences
MAX_CHUNK = 64  # tokens in one forward() call
MAX_LEN = 2048  # tokens cached since the last reset()
MAX_CALLS = 4096
MAX_ABS = 100
METHODS = ("forward", "reset", "cache_len")


class Session:
    """One case's operation list under construction: a CachedSelfAttention and the calls made on it."""

    def __init__(self, gen, e, h, dtype=np.float64, scale=1.0):
        self.gen, self.e, self.dtype, self.scale = gen, e, dtype, scale
        bound = math.sqrt(6 / (e + e))  # Xavier-uniform, as nn.Linear-style projections are often initialised
        projections = [gen.uniform(-bound, bound, (e, e)) for _ in range(3)]
        w_o = gen.uniform(-1, 1, (e, e)) / math.sqrt(e)
        self.ops = Operations("CachedSelfAttention", *(w.astype(dtype) for w in (*projections, w_o)), h)

    def tokens(self, t):
        x = np.clip(self.gen.standard_normal((t, self.e)) * self.scale, -MAX_ABS, MAX_ABS)
        return x.astype(self.dtype)

    def feed(self, *chunks):
        """One forward() per chunk size (new random tokens), or per array given."""
        for chunk in chunks:
            self.ops.call("forward", self.tokens(chunk) if isinstance(chunk, int) else chunk)
        return self

    def decode(self, steps, every=0):
        """`steps` single-token forward() calls, with a cache_len() after every `every` of them."""
        for step in range(1, steps + 1):
            self.feed(1)
            if every and step % every == 0:
                self.length()
        return self

    def length(self):
        self.ops.call("cache_len")
        return self

    def reset(self):
        self.ops.call("reset")
        return self

    def case(self, note, note_zh):
        return self.ops.case(note, note_zh=note_zh)


def random_chunks(rng, total, largest):
    """Chunk sizes 1..largest (single tokens often) adding up to `total`."""
    sizes = []
    while total > 0:
        size = 1 if rng.random() < 0.3 else rng.randint(1, largest)
        sizes.append(min(size, total))
        total -= sizes[-1]
    return sizes


def hidden_cases(rng):
    gen = numpy_rng(rng)
    f32 = np.float32

    yield Session(gen, 1, 1).length().feed(1).length().case("the smallest: E = 1, one head, one token",
                                                            note_zh="最小：E = 1，一个头，一个 token")
    yield Session(gen, 8, 2).length().decode(6, every=1).case(
        "decode one token at a time, E = 8, H = 2: cache_len after each step",
        note_zh="每次解码一个 token，E = 8，H = 2：每步之后检查 cache_len")
    yield Session(gen, 16, 4).feed(7).length().case(
        "a prefill of 7 tokens as the first call: token i sees tokens 0..i of its own chunk, not the later ones",
        note_zh="第一次调用就 prefill 7 个 token：token i 看到本块的 token 0..i，看不到后面的")
    yield Session(gen, 16, 4).feed(1, 1, 1, 1, 1, 1, 5).length().case(
        "a chunk of 5 after 6 cached tokens: causal mask aligned bottom-right (chunk token i sees the 6 cached "
        "tokens and chunk tokens 0..i), not top-left",
        note_zh="已缓存 6 个 token 后输入一块 5 个：因果掩码右下角对齐（块中 token i 看到 6 个已缓存的 token 和块中 token 0..i），而不是左上角对齐")
    yield Session(gen, 32, 4, f32).feed(9, 3, 1, 12, 1, 1, 2).length().case(
        "prefill, decode and more chunks mixed, E = 32, H = 4, float32",
        note_zh="prefill、decode 和更多块混合，E = 32，H = 4，float32")
    yield Session(gen, 24, 3).feed(2, 2, 2, 2).length().case(
        "chunks of 2, E = 24, H = 3: heads merged back with the transpose",
        note_zh="每块 2 个，E = 24，H = 3：合并各头时要用 transpose")
    yield Session(gen, 16, 2).feed(3, 4).length().reset().length().feed(1, 2).length().case(
        "cache_len after chunks (7 tokens, not 2 calls) and after reset (0), then a new sequence",
        note_zh="分块输入后的 cache_len（7 个 token，而不是 2 次调用）和 reset 后的 cache_len（0），然后是一个新序列")
    yield Session(gen, 16, 4).feed(5, 1, 1).reset().feed(4, 1).length().reset().reset().length().feed(1).length()\
        .case("reset empties the cache: the calls after it see none of the earlier tokens; reset twice in a row",
              note_zh="reset 清空缓存：之后的调用看不到任何之前的 token；连续 reset 两次")
    yield Session(gen, 8, 2, f32).reset().length().feed(1).reset().feed(3).length().case(
        "reset before any forward(), float32", note_zh="在任何 forward() 之前 reset，float32")
    yield many_resets(rng, gen)
    yield Session(gen, 16, 16).feed(6, 1, 1, 3, 1).length().case("heads of size 1: E = num_heads = 16",
                                                                 note_zh="大小为 1 的头：E = num_heads = 16")
    yield Session(gen, WIDE, WIDE, f32).feed(*random_chunks(rng, 96, 32)).length().case(
        "E = num_heads = 128 (heads of size 1), 96 tokens in chunks, float32",
        note_zh="E = num_heads = 128（头大小为 1），96 个 token 分块输入，float32")
    yield Session(gen, 64, 1).feed(10, 1, 1, 1, 6).length().case("one head: num_heads = 1, E = 64",
                                                                 note_zh="一个头：num_heads = 1，E = 64")
    yield Session(gen, 64, 8).feed(4, 1, 1, 3).length().case(
        "E = 64, H = 8: the scale is 1/sqrt(8), not 1/sqrt(64)", note_zh="E = 64，H = 8：缩放系数是 1/sqrt(8)，不是 1/sqrt(64)")
    yield Session(gen, 32, 4, scale=50).feed(6, 1, 1, 4).length().case(
        "tokens of size ~50: scores far beyond exp's range without the max subtracted, float64",
        note_zh="token 大小约为 50：不减去最大值，分数远超 exp 的范围，float64")
    yield same_tokens_two_ways(gen)
    yield huge_scores(gen)
    yield Session(gen, 64, 4, f32).feed(MAX_CHUNK, MAX_CHUNK).decode(40, every=10).case(
        "max chunk: two prefills of 64 tokens, then 40 decode steps, E = 64, H = 4, float32",
        note_zh="最大的块：两次 64 个 token 的 prefill，然后 40 个解码步，E = 64，H = 4，float32")
    yield Session(gen, 32, 2).feed(*random_chunks(rng, 1100, 16)).length().case(
        "1100 tokens in random chunks of 1..16, E = 32, H = 2: a cache that keeps only the last 1024 (a rolling "
        "buffer) is wrong", note_zh="1100 个 token，随机分块，每块 1..16 个，E = 32，H = 2：只保留最后 1024 个的缓存（滚动缓冲区）是错的")
    yield Session(gen, MAX_EMBED, 8, f32).feed(MAX_CHUNK).decode(MAX_LEN - MAX_CHUNK, every=256).case(
        "max: E = 512, H = 8, a prefill of 64 tokens then 1984 decode steps, float32: a cache that recomputes the "
        "prefix's keys and values each step (O(cache_len * E^2) per step) is too slow",
        note_zh="最大：E = 512，H = 8，先 prefill 64 个 token，再解码 1984 步，float32："
                "每步都重新计算前缀的 key 和 value 的缓存（每步 O(cache_len * E^2)）太慢")
    yield Session(gen, WIDE, 2, f32).feed(MAX_CHUNK).decode(MAX_LEN - MAX_CHUNK, every=256).case(
        "max: 2048 tokens, a prefill of 64 then 1984 decode steps, E = 128, H = 2, float32",
        note_zh="最大：2048 个 token，先 prefill 64 个，再解码 1984 步，E = 128，H = 2，float32")
    yield Session(gen, WIDE, 4, f32).feed(*random_chunks(rng, MAX_LEN, MAX_CHUNK)).length().case(
        "max: 2048 tokens in random chunks of 1..64, E = 128, H = 4, float32",
        note_zh="最大：2048 个 token，随机分块，每块 1..64 个，E = 128，H = 4，float32")

def many_resets(rng, gen):
    """30 short sequences of random chunks, cache_len before and after each reset."""
    session = Session(gen, 16, 4)
    for _ in range(30):
        session.feed(*random_chunks(rng, rng.randint(1, 12), 5)).length().reset().length()
    return session.case("30 sequences of 1..12 tokens in random chunks, each ended by reset",
                        note_zh="30 个序列，每个 1..12 个 token，随机分块，每个都以 reset 结束")


def huge_scores(gen):
    """A chunk whose later tokens score far above the earlier ones: w_q and w_k near 100 everywhere, tokens nearly
    parallel with norms rising from 1 to 99, so that consecutive keys differ by more than 1e9 in every row's
    scores. Each row's own token (the last it may see) dominates it; a finite mask fill (-1e4, even -1e9) lets the
    chunk's later tokens win instead."""
    e, h = 64, 2
    near_100 = [100 - gen.uniform(0, 5, (e, e)) for _ in range(2)]
    bound = math.sqrt(6 / (e + e))
    w_v, w_o = gen.uniform(-bound, bound, (e, e)), gen.uniform(-1, 1, (e, e)) / math.sqrt(e)
    session = Session(gen, e, h)
    session.ops = Operations("CachedSelfAttention", *near_100, w_v, w_o, h)
    sizes = np.linspace(1, 99, 16)
    chunk = sizes[:, None] * (1 + gen.uniform(-0.01, 0.01, (16, e)))
    return session.feed(session.tokens(3), chunk, session.tokens(1)).length().case(
        "scores of 1e9 and more: a chunk of 16 tokens with rising norms after 3 cached ones, w_q and w_k near 100; "
        "each row's own token dominates it, so a finite mask fill (-1e4, -1e9) instead of -inf is wrong",
        note_zh="分数达 1e9 以上：已缓存 3 个 token 后输入一块 16 个范数递增的 token，w_q 和 w_k 接近 100；每一行都由它自己的 token 主导，所以用有限值（-1e4、-1e9）"
                "而不是 -inf 填充掩码是错的")


def same_tokens_two_ways(gen):
    """The same 20 tokens as one chunk, then (after reset) one at a time, then in chunks of 7, 6, 7."""
    session = Session(gen, 32, 4)
    x = session.tokens(20)
    session.feed(x).reset()
    session.feed(*(x[i:i + 1] for i in range(20))).reset()
    return session.feed(x[:7], x[7:13], x[13:]).case(
        "the same 20 tokens as one chunk, one at a time and in chunks of 7, 6, 7: the same outputs",
        note_zh="同样的 20 个 token 作为一整块、逐个、分成 7、6、7 三块输入：输出相同")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    operations, arguments = given["operations"], given["arguments"]
    assert operations[0] == "CachedSelfAttention" and len(operations) == len(arguments)
    assert len(operations) - 1 <= MAX_CALLS
    *weights, h = arguments[0]
    dtype = weights[0].dtype
    assert dtype in (np.float32, np.float64)
    e = weights[0].shape[0]
    assert 1 <= e <= MAX_EMBED and isinstance(h, int) and 1 <= h <= e and e % h == 0
    for w in weights:
        assert isinstance(w, np.ndarray) and w.dtype == dtype and w.shape == (e, e)
        assert np.isfinite(w).all() and np.abs(w).max() <= MAX_ABS
    length = 0
    for operation, args in zip(operations[1:], arguments[1:]):
        assert operation in METHODS, operation
        if operation == "forward":
            (x,) = args
            assert isinstance(x, np.ndarray) and x.dtype == dtype and x.ndim == 2 and x.shape[1] == e
            assert 1 <= x.shape[0] <= MAX_CHUNK and np.isfinite(x).all() and np.abs(x).max() <= MAX_ABS
            length += x.shape[0]
            assert length <= MAX_LEN, f"{length} tokens cached"
        else:
            assert args == []
            length = 0 if operation == "reset" else length


SIZES = (128, 256, 512, 1024, MAX_LEN)  # for `compare`: decode steps, one token each, E = 128, H = 2, float32


def sized_input(rng, n):
    session = Session(numpy_rng(rng), WIDE, 2, np.float32)
    return session.decode(n).length().ops.given()
