# Accepted: another formulation: weights reshaped per head and applied with einsum, RoPE as multiplication of the
# complex numbers a + ib (a the first half of a head, b the second) by exp(i * position * theta), an additive
# causal mask, and SiLU through logaddexp; in float64, cast back at the end.
import numpy as np


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    P = {k: np.asarray(v, dtype=float) for k, v in params.items()}
    dtype = x.dtype
    x = np.asarray(x, dtype=float)
    B, L, E = x.shape
    H, D = num_heads, E // num_heads
    norm = lambda y, g: y * g / np.sqrt(np.mean(np.square(y), axis=-1, keepdims=True) + eps)  # noqa: E731

    theta = rope_base ** (-np.arange(D // 2) * 2 / D)
    phase = np.exp(1j * np.arange(L)[:, None] * theta)  # (L, D/2) unit complex numbers

    def rotary(t):  # (B, H, L, D) -> the same, each head's halves as one complex vector
        z = (t[..., : D // 2] + 1j * t[..., D // 2:]) * phase
        return np.concatenate([z.real, z.imag], axis=-1)

    n = norm(x, P["attn_norm"])
    per_head = lambda W: W.reshape(H, D, E)  # noqa: E731 head h's rows of a (E, E) weight
    q = rotary(np.einsum("ble,hde->bhld", n, per_head(P["w_q"])))
    k = rotary(np.einsum("ble,hde->bhld", n, per_head(P["w_k"])))
    v = np.einsum("ble,hde->bhld", n, per_head(P["w_v"]))
    mask = np.triu(np.full((L, L), -np.inf), 1)
    s = np.einsum("bhqd,bhkd->bhqk", q, k) / np.sqrt(D) + mask
    s = np.exp(s - s.max(-1, keepdims=True))
    s /= s.sum(-1, keepdims=True)
    h = x + np.einsum("bhqk,bhkd,ehd->bqe", s, v, P["w_o"].reshape(E, H, D), optimize=True)

    m = norm(h, P["ffn_norm"])
    g, u = m @ P["w_gate"].T, m @ P["w_up"].T
    silu = g * np.exp(-np.logaddexp(0, -g))
    return (h + (silu * u) @ P["w_down"].T).astype(dtype)
