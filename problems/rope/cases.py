"""Hidden tests for rope: pinned rotations, then the classic mistakes, then seeded cases at the maxima.

Each classic mistake has a case that defeats it, on random inputs where the two pairings give different answers:
the pairings confused (both values of `interleaved`, and HuggingFace's cos/sin layout mixed with Meta's pairs);
the frequency exponent (base**(-i/d), base**(-2i/(d/2)), i counted from 1: d = 2 alone catches the last, as
theta_0 must be 1); positions taken as arange(L) (decoding offsets 1000..1007, a late chunk of a 128K context,
gaps, packed sequences that restart at 0); the rotation's sign; the axis the positions index ((B, H, L, d) with
H != L and with H == L, (L, d), (B, L, d)); a hard-coded base (10, 500000, 10^6); angles in float32 for a float64
input (positions near 131071, where float32 is ~1e-2 rad off); float32 inputs with positions up to 2047.
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_SIZE = 2**20
MAX_LEN = 8192
MAX_DIM = 256
MAX_ABS = 100
MAX_POSITION = {np.dtype(np.float32): 2048, np.dtype(np.float64): 131072}  # positions stay below these


def rotated(x, positions, base=10000.0, interleaved=False):
    """The answer with Python floats, pair by pair: independent of the reference, for the pinned cases."""
    out = np.array(x, dtype=np.float64)
    d = out.shape[-1]
    pairs = [(2 * i, 2 * i + 1) if interleaved else (i, i + d // 2) for i in range(d // 2)]
    for index in np.ndindex(*out.shape[:-1]):
        p = int(positions[index[-1]])
        for i, (j, k) in enumerate(pairs):
            angle = p * base ** (-2 * i / d)
            a, b = float(x[index + (j,)]), float(x[index + (k,)])
            out[index + (j,)] = a * math.cos(angle) - b * math.sin(angle)
            out[index + (k,)] = a * math.sin(angle) + b * math.cos(angle)
    return out.astype(np.asarray(x).dtype)


def given(gen, shape, positions, dtype=np.float64, scale=1.0, **options):
    x = np.clip(gen.standard_normal(shape) * scale, -MAX_ABS, MAX_ABS).astype(dtype)
    return {"x": x, "positions": np.asarray(positions, dtype=np.int64), **options}


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    f32 = np.float32
    arange = np.arange

    yield Case({"x": np.array([[0.6, -0.8]]), "positions": np.array([0])}, np.array([[0.6, -0.8]]),
               "the smallest: L = 1, d = 2 at position 0 is the identity", note_zh="最小：L = 1，d = 2，在位置 0 处是恒等变换")
    yield Case({"x": np.array([[1.0, 0.0]]), "positions": np.array([1])}, np.array([[math.cos(1), math.sin(1)]]),
               "the rotation's direction: (1, 0) at position 1 turns to (cos 1, sin 1), counter-clockwise",
               note_zh="旋转方向：位置 1 处的 (1, 0) 转到 (cos 1, sin 1)，即逆时针")
    pair = given(gen, (6, 2), arange(6))
    yield Case(pair, rotated(pair["x"], pair["positions"]),
               "d = 2, a single pair: theta_0 = base**0 = 1, so row p turns by p radians (i counted from 1 gives 1e-4)",
               note_zh="d = 2，只有一对：theta_0 = base**0 = 1，所以第 p 行转 p 弧度（i 从 1 开始数会得到 1e-4）")
    pair = given(gen, (2, 4, 2), arange(1000, 1004), interleaved=True)
    yield Case(pair, rotated(pair["x"], pair["positions"], interleaved=True),
               "d = 2, interleaved: one pair, both pairings agree; positions 1000..1003",
               note_zh="d = 2，interleaved：只有一对，两种配对方式一致；位置 1000..1003")
    still = given(gen, (2, 3, 7, 16), np.zeros(7))
    yield Case(still, still["x"].copy(), "every position 0: the identity, whatever the pairing",
               note_zh="所有位置都是 0：无论哪种配对都是恒等变换")

    yield Case(given(gen, (16, 32), arange(16)), note="(L, d) = (16, 32), positions 0..15, rotate_half pairs (i, i + d/2)",
               note_zh="(L, d) = (16, 32)，位置 0..15，rotate_half 配对 (i, i + d/2)")
    yield Case(given(gen, (16, 32), arange(16), interleaved=True),
               note="(L, d) = (16, 32), positions 0..15, interleaved pairs (2i, 2i + 1)",
               note_zh="(L, d) = (16, 32)，位置 0..15，interleaved 配对 (2i, 2i + 1)")
    yield Case(given(gen, (2, 4, 8, 64), arange(1000, 1008)),
               note="decoding, positions 1000..1007 (a cache of 1000 tokens): arange(L) is wrong, (B, H, L, d)",
               note_zh="解码，位置 1000..1007（缓存中已有 1000 个 token）：用 arange(L) 是错的，(B, H, L, d)")
    yield Case(given(gen, (2, 3, 8, 64), arange(1000, 1008), f32, interleaved=True),
               note="decoding, positions 1000..1007, interleaved, float32",
               note_zh="解码，位置 1000..1007，interleaved，float32")
    yield Case(given(gen, (3, 12, 16), np.sort(gen.choice(5000, 12, replace=False))),
               note="non-contiguous positions (sorted, with gaps), (B, L, d) = (3, 12, 16)",
               note_zh="不连续的位置（有序，有间隔），(B, L, d) = (3, 12, 16)")
    yield Case(given(gen, (1, 12, 32), [0, 1, 2, 3, 0, 1, 2, 0, 1, 2, 3, 4], interleaved=True),
               note="packed sequences: positions restart at 0 (3 documents in one row), interleaved",
               note_zh="打包的序列：位置从 0 重新开始（一行中有 3 篇文档），interleaved")
    yield Case(given(gen, (2, 8, 10, 32), gen.integers(0, 3000, 10)[::-1].copy()),
               note="positions unsorted, (B, H, L, d) = (2, 8, 10, 32)", note_zh="位置无序，(B, H, L, d) = (2, 8, 10, 32)")
    yield Case(given(gen, (2, 8, 1, 128), [131071]),
               note="one decode step at position 131071, float64: angles computed in float32 are ~1e-2 rad off",
               note_zh="在位置 131071 解码一步，float64：在 float32 中计算的角度会差约 1e-2 弧度")
    yield Case(given(gen, (2, 3, 5, 8), [7, 3, 100, 42, 9]),
               note="(B, H, L, d) = (2, 3, 5, 8): positions index axis -2 (L = 5), not axis 1 (H = 3)",
               note_zh="(B, H, L, d) = (2, 3, 5, 8)：positions 对应轴 -2（L = 5），而不是轴 1（H = 3）")
    yield Case(given(gen, (2, 6, 6, 16), arange(40, 46), interleaved=True),
               note="(B, H, L, d) with H = L = 6: rotating along axis 1 (the heads) runs, and is wrong",
               note_zh="(B, H, L, d)，H = L = 6：沿轴 1（头）旋转能运行，但结果是错的")
    yield Case(given(gen, (3, 1, 9, 8), arange(9) * 7),
               note="(B, H, L, d) with a single head H = 1", note_zh="(B, H, L, d)，只有一个头 H = 1")
    yield Case(given(gen, (5, 5, 12), arange(20, 25)),
               note="(B, L, d) = (5, 5, 12) with B = L: positions index axis -2, not the first",
               note_zh="(B, L, d) = (5, 5, 12)，B = L：positions 对应轴 -2，而不是第一个轴")
    yield Case(given(gen, (2, 4, 16, 128), gen.integers(0, 131072, 16), base=500000.0),
               note="base = 500000 (LLaMA 3): a hard-coded 10000 is wrong; positions up to 131071",
               note_zh="base = 500000（LLaMA 3）：写死 10000 是错的；位置最大到 131071")
    yield Case(given(gen, (3, 16, 16), gen.integers(0, 2048, 16), f32, base=10.0),
               note="base = 10, d = 16, float32: a small base turns even the last pair fast",
               note_zh="base = 10，d = 16，float32：base 很小时，连最后一对也转得很快")
    yield Case(given(gen, (2, 2, 8, 64), gen.integers(0, 131072, 8), base=1e6, interleaved=True),
               note="base = 10^6 (Qwen2), interleaved, float64", note_zh="base = 10^6（Qwen2），interleaved，float64")
    yield Case(given(gen, (4, 8, 64), arange(3, 11), scale=40.0), note="|x| up to 100, float64",
               note_zh="|x| 最大到 100，float64")
    yield Case({**given(gen, (2, 16, 32), arange(500, 516)), "positions": arange(500, 516, dtype=np.int32)},
               note="positions as int32", note_zh="positions 为 int32")
    yield Case(given(gen, (1, 4, 2048, 128), arange(2048), f32),
               note="max float32: x (1, 4, 2048, 128) = 2^20, positions 0..2047 (float32 angles are within tolerance)",
               note_zh="最大 float32：x (1, 4, 2048, 128) = 2^20，位置 0..2047（float32 角度的误差在容差之内）")
    yield Case(given(gen, (2, 2, 1024, MAX_DIM), gen.integers(0, 2048, 1024), f32, interleaved=True),
               note="max: d = 256, x (2, 2, 1024, 256) = 2^20, random positions below 2048, interleaved, float32",
               note_zh="最大：d = 256，x (2, 2, 1024, 256) = 2^20，小于 2048 的随机位置，interleaved，float32")
    yield Case(given(gen, (4, 8, 256, 128), arange(130000, 130256), interleaved=True),
               note="max: x (4, 8, 256, 128) = 2^20, positions 130000..130255 (a late chunk of a 128K context)",
               note_zh="最大：x (4, 8, 256, 128) = 2^20，位置 130000..130255（128K 上下文中靠后的一块）")
    yield Case(given(gen, (MAX_LEN, 128), arange(MAX_LEN)),
               note="max: L = 8192, x (8192, 128), positions 0..8191, float64",
               note_zh="最大：L = 8192，x (8192, 128)，位置 0..8191，float64")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, positions = given["x"], given["positions"]
    assert isinstance(x, np.ndarray) and x.dtype in (np.float32, np.float64), "x is a float32 or float64 array"
    assert 2 <= x.ndim <= 4 and 1 <= x.size <= MAX_SIZE
    length, d = x.shape[-2:]
    assert 1 <= length <= MAX_LEN and 2 <= d <= MAX_DIM and d % 2 == 0, "x (..., L, d) with d even"
    assert np.isfinite(x).all() and np.abs(x).max() <= MAX_ABS
    assert isinstance(positions, np.ndarray) and positions.dtype in (np.int32, np.int64)
    assert positions.shape == (length,), "one position per row of the L axis"
    assert positions.min() >= 0 and positions.max() < MAX_POSITION[x.dtype]
    base = given.get("base", 10000.0)
    assert isinstance(base, (int, float)) and not isinstance(base, bool) and 1 < base <= 1e7
    assert isinstance(given.get("interleaved", False), bool)


SIZES = (64, 128, 256, 512, 1024)  # for `compare`: L, with x (8, L, 128) float32 and positions 0..L-1


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return given(gen, (8, n, 128), np.arange(n), np.float32)
