"""Hidden tests for swiglu-ffn: pinned small cases, then the classic mistakes, then seeded cases at the maxima.

Weights are drawn like nn.Linear's initialisation (uniform in +-1/sqrt(in_features)) times a gain, so the gate's
pre-activations z = x @ w_gate.T spread over the region where silu is neither 0 nor the identity: relu, gelu,
sigmoid alone (GLU), silu of the product, and gate and up swapped all change the answer visibly. E != F except in
one case, so x @ W (instead of x @ W.T) fails to multiply, and the square case shows it wrong when it runs. Gates
at +-100 (float32) and +-10^4 catch silu written as exp(z) / (1 + exp(z)) (NaN at large z > 0), as 1 -
sigmoid(-z) (NaN at large z < 0) or on a clipped z; 1 / (1 + exp(-z)) overflows there but stays right.
"""

import math

import numpy as np

from harness.catalogue.cases import Case

MAX_TOKENS = 256
MAX_EMBED = 512
MAX_HIDDEN = 1536
MAX_ABS = 100


def ffn(gen, lead, e, f, dtype=np.float64, gain=1.0):
    """Inputs of one case: x (*lead, E) standard normal, the three weights like nn.Linear's, times `gain`."""
    bound_in, bound_hidden = gain / math.sqrt(e), gain / math.sqrt(f)
    given = {
        "x": gen.standard_normal((*lead, e)),
        "w_gate": gen.uniform(-bound_in, bound_in, (f, e)),
        "w_up": gen.uniform(-bound_in, bound_in, (f, e)),
        "w_down": gen.uniform(-bound_hidden, bound_hidden, (e, f)),
    }
    return {name: a.astype(dtype) for name, a in given.items()}


def far_gates(gen, lead, e, f, dtype, size):
    """Gate pre-activations near +-size, a random sign each: feature 0 of x is 100 and column 0 of w_gate is
    +-size/100; the other features and weights are small integers (exact sums). Up and down stay random."""
    given = ffn(gen, lead, e, f, np.float64)
    x = gen.integers(-2, 3, (*lead, e)).astype(np.float64)
    x[..., 0] = 100
    w_gate = gen.integers(-1, 2, (f, e)).astype(np.float64)
    w_gate[:, 0] = gen.choice([-1.0, 1.0], f) * size / 100
    given.update(x=x, w_gate=w_gate)
    return {name: a.astype(dtype) for name, a in given.items()}


def silu(z):
    return z / (1 + math.exp(-z))


def hidden_cases(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    f32 = np.float32

    one = {"x": np.array([2.0]), "w_gate": np.array([[1.5]]), "w_up": np.array([[-1.0]]), "w_down": np.array([[0.5]])}
    yield Case(one, np.array([silu(3.0) * -2.0 * 0.5]), "the smallest: E = F = 1, x 1-D: silu(3) * (-2) * 0.5",
               note_zh="最小：E = F = 1，x 为 1 维：silu(3) * (-2) * 0.5")
    yield Case(ffn(gen, (), 8, 12), note="x 1-D (E,) = (8,), F = 12: the output is (E,)",
               note_zh="x 为 1 维 (E,) = (8,)，F = 12：输出形状为 (E,)")
    yield Case(ffn(gen, (1, 1), 16, 40), note="one token, x (1, 1, 16), F = 40", note_zh="一个 token，x (1, 1, 16)，F = 40")
    yield Case(ffn(gen, (5,), 8, 12, gain=3.0), note="x (N, E) = (5, 8), F = 12, gates spread over [-6, 6]",
               note_zh="x (N, E) = (5, 8)，F = 12，门控值分布在 [-6, 6]")
    yield Case(ffn(gen, (2, 7), 16, 40, gain=3.0), note="x (B, L, E) = (2, 7, 16), F = 40",
               note_zh="x (B, L, E) = (2, 7, 16)，F = 40")
    yield Case(ffn(gen, (2, 3, 5), 8, 20, f32, gain=3.0), note="x 4-D (2, 3, 5, 8), F = 20, float32",
               note_zh="x 为 4 维 (2, 3, 5, 8)，F = 20，float32")
    yield Case(ffn(gen, (4, 6), 16, 16, gain=3.0), note="square weights, E = F = 16: x @ W instead of x @ W.T runs, wrong",
               note_zh="方阵权重，E = F = 16：用 x @ W 代替 x @ W.T 能运行，但结果是错的")
    yield Case(ffn(gen, (3, 10), 24, 8, gain=3.0), note="F < E (24 -> 8 -> 24), float64",
               note_zh="F < E（24 -> 8 -> 24），float64")
    yield Case(ffn(gen, (3, 9), 32, 64, f32, gain=4.0), note="gates spread over [-8, 8], float32: silu, not gelu or relu",
               note_zh="门控值分布在 [-8, 8]，float32：是 silu，不是 gelu 或 relu")
    negative = ffn(gen, (2, 6), 12, 30, gain=2.0)
    negative["x"] = np.abs(negative["x"]) + 0.5
    negative["w_gate"] = -np.abs(negative["w_gate"])
    yield Case(negative, note="every gate pre-activation negative: relu gives all zeros, silu does not",
               note_zh="门的预激活值全为负：relu 得到全零，silu 不会")
    big = ffn(gen, (2, 5), 16, 24)
    big["w_up"] = big["w_up"] * 40
    yield Case(big, note="up weights 40 times the gate's: gate and up swapped is far off",
               note_zh="上投影权重是门权重的 40 倍：交换门和上投影会差很远")
    yield Case(far_gates(gen, (2, 8), 16, 32, np.float64, 1e4),
               note="gates near +-10^4, float64: exp(z) / (1 + exp(z)) is NaN at +10^4, 1 - sigmoid(-z) at -10^4",
               note_zh="门控值在 +-10^4 附近，float64：exp(z) / (1 + exp(z)) 在 +10^4 处为 NaN，1 - sigmoid(-z) 在 -10^4 处为 NaN")
    yield Case(far_gates(gen, (3, 4), 8, 24, f32, 100),
               note="gates near +-100, float32 (exp overflows past 88.7): exp(z) / (1 + exp(z)) gives NaN",
               note_zh="门控值在 +-100 附近，float32（超过 88.7 时 exp 上溢）：exp(z) / (1 + exp(z)) 得到 NaN")
    yield Case(far_gates(gen, (2, 5), 16, 20, f32, 1e4), note="gates near +-10^4, float32",
               note_zh="门控值在 +-10^4 附近，float32")
    yield Case(ffn(gen, (3, 50), 64, 172, gain=2.0), note="E = 64, F = 172 (LLaMA's 8E/3), B = 3, L = 50",
               note_zh="E = 64，F = 172（LLaMA 的 8E/3），B = 3，L = 50")
    yield Case(ffn(gen, (4, 64), 256, 688, f32, gain=2.0),
               note="max: 256 tokens, E = 256, F = 688, x (4, 64, 256), float32",
               note_zh="最大：256 个 token，E = 256，F = 688，x (4, 64, 256)，float32")
    yield Case(ffn(gen, (MAX_TOKENS,), MAX_EMBED, MAX_HIDDEN, gain=2.0),
               note="max: 256 tokens, E = 512, F = 1536 (LLaMA's 8E/3 rounded up to 256), x (256, 512), float64",
               note_zh="最大：256 个 token，E = 512，F = 1536（LLaMA 的 8E/3 向上取整到 256 的倍数），x (256, 512)，float64")
    yield Case(ffn(gen, (2, 128), MAX_EMBED, MAX_HIDDEN, f32, gain=2.0),
               note="max: x (2, 128, 512), F = 1536, float32", note_zh="最大：x (2, 128, 512)，F = 1536，float32")
    yield Case(ffn(gen, (), MAX_EMBED, MAX_HIDDEN, f32, gain=2.0), note="max: x 1-D (512,), F = 1536, float32",
               note_zh="最大：x 为 1 维 (512,)，F = 1536，float32")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element).
    yield Case(ffn(gen, (2, 3), 4, 6, gain=3.0), gradient=True, note="gradients: x (2, 3, 4), F = 6, float64",
               note_zh="梯度：x (2, 3, 4)，F = 6，float64")
    yield Case(ffn(gen, (), 5, 3, gain=3.0), gradient=True, note="gradients: x 1-D (5,), F = 3 < E, float64",
               note_zh="梯度：x 为 1 维 (5,)，F = 3 < E，float64")
    yield Case(ffn(gen, (3,), 4, 8, f32, gain=3.0), gradient=True, note="gradients: x (3, 4), F = 8, float32",
               note_zh="梯度：x (3, 4)，F = 8，float32")
    yield Case(ffn(gen, (2,), 3, 5, gain=12.0), gradient=True,
               note="gradients: gates up to ~+-20, where silu' is near 0 and 1, float64",
               note_zh="梯度：门控值最大约 +-20，此处 silu' 接近 0 和 1，float64")
    yield Case(far_gates(gen, (2,), 3, 4, np.float64, 1e3), gradient=True,
               note="gradients: gates near +-10^3, float64: a silu whose backward pass overflows (z / (1 + exp(-z)), "
                    "or torch.where over two branches, one of them inf/inf) gives NaN gradients",
               note_zh="梯度：门控值在 +-10^3 附近，float64：反向传播会上溢的 silu（z / (1 + exp(-z))，或在两个分支上用 torch.where、"
                       "其中一个分支是 inf/inf）会得到 NaN 梯度")
    yield Case(far_gates(gen, (2,), 3, 4, f32, 200), gradient=True,
               note="gradients: gates near +-200, float32: a silu whose backward pass overflows gives NaN gradients",
               note_zh="梯度：门控值在 +-200 附近，float32：反向传播会上溢的 silu 会得到 NaN 梯度")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case."""
    x, w_gate, w_up, w_down = (given[name] for name in ("x", "w_gate", "w_up", "w_down"))
    for a in (x, w_gate, w_up, w_down):
        assert isinstance(a, np.ndarray) and a.dtype == x.dtype and a.dtype in (np.float32, np.float64)
        assert np.isfinite(a).all() and (a.size == 0 or np.abs(a).max() <= MAX_ABS)
    assert 1 <= x.ndim <= 4, "x (..., E)"
    e = x.shape[-1]
    f = w_gate.shape[0]
    assert 1 <= e <= MAX_EMBED and 1 <= f <= MAX_HIDDEN
    assert w_gate.shape == w_up.shape == (f, e) and w_down.shape == (e, f)
    assert 1 <= x.size // e <= MAX_TOKENS
    assert np.abs(x.astype(np.float64) @ w_gate.astype(np.float64).T).max() <= 1.1e4, "gates within +-1.1e4"


SIZES = (16, 32, 64, 128, MAX_TOKENS)  # for `compare`: tokens, x (n, 512), F = 1536, float32


def sized_input(rng, n):
    gen = np.random.default_rng(rng.randrange(2**32))
    return ffn(gen, (n,), MAX_EMBED, MAX_HIDDEN, np.float32, gain=2.0)
