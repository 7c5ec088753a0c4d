"""Hidden tests for transformer-decoder-block: edge cases, one case per classic mistake, magnitudes where naive
formulas overflow, the maxima, then small gradient cases for the PyTorch flavour.

Every case draws random non-symmetric weights (x @ W and x @ W.T differ), norm weights near but not equal to 1
and different for the two norms, w_gate and w_up independent, and inputs whose rows have non-zero means (RMS norm
and layer norm differ). The q/k gain keeps the attention sharp enough for the scale and every RoPE mistake to
show, and L reaches 256, so rotations by positions up to 255 at every frequency count.
"""

import math

import numpy as np

from harness.catalogue.cases import Case
from harness.catalogue.kit import numpy_rng

MAX_BATCH = 4
MAX_LEN = 256
MAX_EMBED = 128
MAX_HIDDEN = 512
MAX_ABS = 100  # every entry of x and of the weights
NAMES = ("attn_norm", "w_q", "w_k", "w_v", "w_o", "ffn_norm", "w_gate", "w_up", "w_down")


def block(gen, b, length, e, h, f, dtype=np.float64, *, x_scale=1.0, qk_gain=1.5, attn_norm=(0.6, 1.4),
          ffn_norm=(0.6, 1.4), gate_gain=1.0, **options):
    """One case's input: x (B, L, E) with a random offset per row (scaled by x_scale), the nine weights, and the
    options given (eps, rope_base). Linear weights are N(0, 1/fan_in), the q/k ones times qk_gain, w_gate times
    gate_gain; each norm weight is uniform in its range."""
    x = (gen.standard_normal((b, length, e)) + gen.uniform(-1.0, 1.5, (b, length, 1))) * x_scale
    linear = lambda rows, cols, gain=1.0: gen.standard_normal((rows, cols)) * gain / math.sqrt(cols)  # noqa: E731
    params = {
        "attn_norm": gen.uniform(*attn_norm, e),
        "w_q": linear(e, e, qk_gain), "w_k": linear(e, e, qk_gain), "w_v": linear(e, e), "w_o": linear(e, e),
        "ffn_norm": gen.uniform(*ffn_norm, e),
        "w_gate": linear(f, e, gate_gain), "w_up": linear(f, e), "w_down": linear(e, f),
    }
    params = {name: np.clip(w, -MAX_ABS, MAX_ABS).astype(dtype) for name, w in params.items()}
    return {"x": np.clip(x, -MAX_ABS, MAX_ABS).astype(dtype), "params": params, "num_heads": h, **options}


def anti_aligned(gen, b, length, dtype, *, qk_gain, attn_norm):
    """E = 8, 2 heads, w_k = -w_q: every token's score against itself is -|q|^2 / sqrt(D), far below zero, and
    token 0 sees only itself, so a finite fill for the hidden keys (-1e3, -1e4) hands them the weight."""
    given = block(gen, b, length, 8, 2, 16, dtype, qk_gain=qk_gain, attn_norm=attn_norm)
    given["params"]["w_k"] = -given["params"]["w_q"]
    return given


def hidden_cases(rng):
    gen = numpy_rng(rng)
    f32 = np.float32

    # Ordered so that each subtle mistake first fails on the case whose note names it (the examples and the
    # plain cases catch the gross ones): the eps cases have heads of size 2, where every RoPE layout and
    # frequency agree, and come before any case that uses the default eps on inputs of size 1.
    yield Case(block(gen, 2, 16, 8, 4, 16, x_scale=1e-3),
               note="x of size 1e-3, mean(x^2) near the default eps = 1e-6: eps goes inside the square root, and "
                    "the default is 1e-6", note_zh="x 的大小约为 1e-3，mean(x^2) 接近默认的 eps = 1e-6：eps 放在根号里面，且默认值是 1e-6")
    yield Case(block(gen, 2, 16, 8, 4, 16, eps=0.5),
               note="eps = 0.5: x / sqrt(mean(x^2) + eps), not x / (sqrt(mean(x^2)) + eps)",
               note_zh="eps = 0.5：是 x / sqrt(mean(x^2) + eps)，不是 x / (sqrt(mean(x^2)) + eps)")
    yield Case(block(gen, 1, 1, 2, 1, 1), note="the smallest: B = L = 1, E = 2 (one head of size 2), F = 1",
               note_zh="最小：B = L = 1，E = 2（一个大小为 2 的头），F = 1")
    yield Case(block(gen, 2, 1, 8, 2, 16, f32),
               note="L = 1: a token attends only to itself and RoPE at position 0 is the identity, float32",
               note_zh="L = 1：token 只关注自己，位置 0 处的 RoPE 是恒等变换，float32")
    yield Case(block(gen, 2, 3, 4, 1, 8), note="B = 2, L = 3, one head of size 4", note_zh="B = 2，L = 3，一个大小为 4 的头")
    yield Case(block(gen, 2, 12, 16, 8, 40),
               note="heads of size 2 (E = 16, H = 8): the only size where interleaved and half-split pairs agree",
               note_zh="头大小为 2（E = 16，H = 8）：只有这个大小下，交错配对与前后两半配对的结果一致")
    yield Case(block(gen, 2, 96, 64, 8, 128),
               note="RoPE frequencies base^(-2i/D) with the head size D = 8, not the model width E = 64, nor "
                    "base^(-i/D)", note_zh="RoPE 频率为 base^(-2i/D)，D 是头大小 8，而不是模型宽度 E = 64，也不是 base^(-i/D)")
    yield Case(block(gen, 2, 48, 64, 4, 128, f32),
               note="RoPE after the head split: pairs (i, i + D/2) within each head of D = 16, not (i, i + E/2) of "
                    "all 64 features, float32",
               note_zh="RoPE 在切分头之后：在每个 D = 16 的头内配对 (i, i + D/2)，而不是在全部 64 个特征上配对 (i, i + E/2)，float32")
    yield Case(block(gen, 2, 64, 48, 3, 96),
               note="RoPE pairs feature i with i + D/2 (rotate_half), not 2i with 2i + 1 (interleaved)",
               note_zh="RoPE 把特征 i 与 i + D/2 配对（rotate_half），而不是 2i 与 2i + 1（交错配对）")
    yield Case(block(gen, 2, 40, 64, 4, 96),
               note="RoPE rotates q and k only: rotating v as well changes the values attended to",
               note_zh="RoPE 只旋转 q 和 k：连 v 也旋转会改变被关注的值")
    yield Case(block(gen, 2, 128, 64, 4, 128, rope_base=500000.0), note="rope_base = 500000 (LLaMA 3's theta)",
               note_zh="rope_base = 500000（LLaMA 3 的 theta）")
    yield Case(block(gen, 2, 64, 32, 2, 64, rope_base=100.0, eps=1e-5), note="rope_base = 100, eps = 1e-5",
               note_zh="rope_base = 100，eps = 1e-5")
    yield Case(block(gen, 2, 24, 32, 4, 64),
               note="pre-norm: normalising after each residual (post-norm) gives another block",
               note_zh="pre-norm：在每个残差之后归一化（post-norm）会得到另一种块")
    yield Case(block(gen, 3, 20, 32, 2, 48),
               note="both residuals: h = x + attention(...), out = h + ffn(...); dropping either is caught, and so "
                    "is a residual that adds rms_norm(x) instead of x",
               note_zh="两个残差：h = x + attention(...)，out = h + ffn(...)；漏掉任何一个都会被发现，残差加的是 rms_norm(x) 而不是 x 也会被发现")
    yield Case(block(gen, 3, 32, 32, 4, 64, f32),
               note="causal: token i sees keys 0..i (not all of them, not i + 1, and always itself), float32",
               note_zh="因果：token i 看到键 0..i（不是全部，不包括 i + 1，且总能看到自己），float32")
    yield Case(block(gen, 2, 16, 32, 4, 64, x_scale=2.0),
               note="rows of x with means far from 0: RMS norm does not subtract the mean (layer norm does)",
               note_zh="x 的各行均值远离 0：RMS norm 不减去均值（layer norm 才减）")
    yield Case(block(gen, 2, 20, 32, 4, 80, attn_norm=(0.2, 0.6), ffn_norm=(1.5, 3.0)),
               note="attn_norm (near 0.4) before the attention, ffn_norm (near 2) before the FFN: swapping them is "
                    "caught", note_zh="注意力之前用 attn_norm（约 0.4），FFN 之前用 ffn_norm（约 2）：把两者交换会被发现")
    yield Case(block(gen, 2, 20, 32, 4, 88, gate_gain=3.0, ffn_norm=(1.0, 2.0)),
               note="SwiGLU: silu on the gate branch x @ w_gate.T times x @ w_up.T (swapping gate and up, or relu "
                    "for silu, is caught)",
               note_zh="SwiGLU：对门分支 x @ w_gate.T 取 silu，再乘以 x @ w_up.T（交换 gate 和 up，或用 relu 代替 silu，都会被发现）")
    yield Case(block(gen, 2, 32, 128, 16, 256, qk_gain=2.0),
               note="16 heads of size 8: the scores are scaled by 1/sqrt(8), not 1/sqrt(E) = 1/sqrt(128)",
               note_zh="16 个大小为 8 的头：分数乘以 1/sqrt(8)，而不是 1/sqrt(E) = 1/sqrt(128)")
    yield Case(block(gen, 2, 20, 24, 2, 40),
               note="weights are (out, in) as nn.Linear stores them: x @ W.T, not x @ W",
               note_zh="权重与 nn.Linear 的存储方式一样是 (out, in)：是 x @ W.T，不是 x @ W")
    yield Case(block(gen, 2, 16, 32, 2, 64, qk_gain=3.0, attn_norm=(8.0, 12.0)),
               note="attention scores of size ~10^3: exp overflows unless each row's max is subtracted",
               note_zh="注意力分数约为 10^3：不减去每行的最大值，exp 就会上溢")
    yield Case(block(gen, 2, 16, 32, 2, 64, f32, qk_gain=2.0, attn_norm=(4.0, 6.0)),
               note="attention scores of size ~10^2 in float32, where exp overflows past 88.7",
               note_zh="float32 中注意力分数约为 10^2，而 exp 超过 88.7 就会上溢")
    yield Case(anti_aligned(gen, 2, 16, np.float64, qk_gain=40.0, attn_norm=(8.0, 12.0)),
               note="w_k = -w_q: visible scores far below -10^4, float64: a finite causal fill (-1e3, -1e4) instead "
                    "of -inf gives the future keys the weight",
               note_zh="w_k = -w_q：可见键的分数远低于 -10^4，float64：因果掩码用有限值（-1e3、-1e4）而不是 -inf 填充，权重会落到未来的键上")
    yield Case(anti_aligned(gen, 2, 16, np.float32, qk_gain=8.0, attn_norm=(4.0, 6.0)),
               note="w_k = -w_q: visible scores far below -10^3, float32: a finite causal fill (-1e3) instead of "
                    "-inf gives the future keys the weight",
               note_zh="w_k = -w_q：可见键的分数远低于 -10^3，float32：因果掩码用有限值（-1e3）而不是 -inf 填充，权重会落到未来的键上")
    yield Case(block(gen, 2, 12, 32, 4, 64, gate_gain=10.0, ffn_norm=(30.0, 50.0)),
               note="gate pre-activations of size ~10^3: silu = z * sigmoid(z) must not overflow (exp(z) / (1 + "
                    "exp(z)) gives inf / inf)",
               note_zh="门的预激活值约为 10^3：silu = z * sigmoid(z) 不能上溢（exp(z) / (1 + exp(z)) 会得到 inf / inf）")
    yield Case(block(gen, 2, 12, 32, 4, 64, f32, gate_gain=4.0, ffn_norm=(20.0, 30.0)),
               note="gate pre-activations of size ~10^2 in float32, where exp overflows past 88.7",
               note_zh="float32 中门的预激活值约为 10^2，而 exp 超过 88.7 就会上溢")
    yield Case(block(gen, 2, MAX_LEN, 64, 4, 128, f32),
               note="max: L = 256, float32: rotations by positions up to 255",
               note_zh="最大：L = 256，float32：按最大到 255 的位置旋转")
    yield Case(block(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, 8, 384, f32),
               note="max: B = 4, L = 256, E = 128, H = 8, F = 384, float32",
               note_zh="最大：B = 4，L = 256，E = 128，H = 8，F = 384，float32")
    yield Case(block(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, 4, MAX_HIDDEN),
               note="max: B = 4, L = 256, E = 128, H = 4, F = 512, float64",
               note_zh="最大：B = 4，L = 256，E = 128，H = 4，F = 512，float64")
    yield Case(block(gen, MAX_BATCH, MAX_LEN, MAX_EMBED, 1, 344, f32, rope_base=1e6),
               note="max: one head of size 128, rope_base = 10^6, float32",
               note_zh="最大：一个大小为 128 的头，rope_base = 10^6，float32")
    yield Case(block(gen, 2, 128, MAX_EMBED, 64, 256),
               note="max: 64 heads of size 2, L = 128, float64", note_zh="最大：64 个大小为 2 的头，L = 128，float64")
    # Gradient cases: the PyTorch flavour also back-propagates sum(output * R) (harness.grading.gradients);
    # small, as the expected gradients are finite differences of the reference (four calls per input element).
    yield Case(block(gen, 2, 4, 8, 2, 12), gradient=True, note="gradients: B = 2, L = 4, E = 8, H = 2, float64",
               note_zh="梯度：B = 2，L = 4，E = 8，H = 2，float64")
    yield Case(block(gen, 1, 6, 8, 1, 16, eps=1e-5, rope_base=100.0), gradient=True,
               note="gradients: one head of size 8, eps = 1e-5, rope_base = 100, float64",
               note_zh="梯度：一个大小为 8 的头，eps = 1e-5，rope_base = 100，float64")
    yield Case(block(gen, 2, 5, 8, 2, 8, f32), gradient=True, note="gradients: float32", note_zh="梯度：float32")


def validate(given):
    """The constraints, checked by the tests on every example and hidden case. The examples give the weights as
    JSON lists (see the statement); hidden cases give arrays of x's dtype."""
    x, params, h = given["x"], given["params"], given["num_heads"]
    assert isinstance(x, np.ndarray) and x.dtype in (np.float32, np.float64) and x.ndim == 3
    b, length, e = x.shape
    assert 1 <= b <= MAX_BATCH and 1 <= length <= MAX_LEN and 2 <= e <= MAX_EMBED
    assert isinstance(h, int) and 1 <= h <= e and e % h == 0 and (e // h) % 2 == 0, "heads of an even size"
    assert isinstance(params, dict) and set(params) == set(NAMES), f"params has {sorted(params)}"
    for name, value in params.items():
        assert isinstance(value, (np.ndarray, list)), f"{name} is a {type(value).__name__}"
        assert not isinstance(value, np.ndarray) or value.dtype == x.dtype, f"{name} is {value.dtype}, x {x.dtype}"
    w = {name: np.asarray(value, dtype=np.float64) for name, value in params.items()}
    f = w["w_gate"].shape[0]
    assert 1 <= f <= MAX_HIDDEN
    shapes = {"attn_norm": (e,), "ffn_norm": (e,), "w_q": (e, e), "w_k": (e, e), "w_v": (e, e), "w_o": (e, e),
              "w_gate": (f, e), "w_up": (f, e), "w_down": (e, f)}
    for name, shape in shapes.items():
        assert w[name].shape == shape, f"{name} has shape {w[name].shape}, expected {shape}"
    for a in [x, *w.values()]:
        assert np.isfinite(a).all() and np.abs(a).max() <= MAX_ABS
    eps, base = given.get("eps", 1e-6), given.get("rope_base", 10000.0)
    assert isinstance(eps, float) and 1e-8 <= eps <= 1.0
    assert isinstance(base, float) and 10.0 <= base <= 1e7


SIZES = (16, 32, 64, 128, MAX_LEN)  # for `compare`: L, with B = 4, E = 128, H = 8, F = 384, float32


def sized_input(rng, n):
    return block(numpy_rng(rng), MAX_BATCH, n, MAX_EMBED, 8, 384, np.float32)
