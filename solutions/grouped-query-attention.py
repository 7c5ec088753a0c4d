import math

import numpy as np


def grouped_query_attention(x: np.ndarray, num_heads: int, num_kv_heads: int, w_q: np.ndarray, w_k: np.ndarray,
                            w_v: np.ndarray, w_o: np.ndarray, causal: bool = True) -> np.ndarray:
    """Grouped-query self-attention (LLaMA 2 / Mistral style, no biases), in NumPy.

    Project with PyTorch's layout (x @ W.T), split q into num_heads heads and k, v into num_kv_heads heads of
    D = E / num_heads features, let query head h read kv head h // (num_heads // num_kv_heads) (consecutive
    query heads share a kv head, as repeat_interleave does), attend with scale 1/sqrt(D) (causal: key j is
    hidden from query i when j > i), merge the heads and project out with w_o.
    x (B, L, E); w_q, w_o (E, E); w_k, w_v (num_kv_heads * D, E). Computed in float64, returned in x's dtype.
    """
    B, L, E = x.shape
    if num_heads <= 0 or E % num_heads:
        raise ValueError(f"embed_dim {E} is not divisible by num_heads {num_heads}")
    if num_kv_heads <= 0 or num_heads % num_kv_heads:
        raise ValueError(f"num_heads {num_heads} is not divisible by num_kv_heads {num_kv_heads}")
    H, KV, D = num_heads, num_kv_heads, E // num_heads
    f64 = lambda a: np.asarray(a, dtype=np.float64)  # noqa: E731
    x64 = f64(x)
    # (B, L, n * D) -> (B, L, n, D) -> (B, n, L, D): head h owns features h*D:(h+1)*D
    q = (x64 @ f64(w_q).T).reshape(B, L, H, D).transpose(0, 2, 1, 3)
    k = (x64 @ f64(w_k).T).reshape(B, L, KV, D).transpose(0, 2, 1, 3)
    v = (x64 @ f64(w_v).T).reshape(B, L, KV, D).transpose(0, 2, 1, 3)
    # kv head g serves query heads g*group .. (g+1)*group - 1: repeat each kv head `group` times in place
    group = H // KV
    k = np.repeat(k, group, axis=1)  # (B, H, L, D)
    v = np.repeat(v, group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / math.sqrt(D)  # (B, H, L, L)
    if causal:
        scores = np.where(np.tril(np.ones((L, L), dtype=bool)), scores, -np.inf)  # the diagonal stays visible
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))  # every row sees at least one key
    weights /= weights.sum(axis=-1, keepdims=True)
    merged = (weights @ v).transpose(0, 2, 1, 3).reshape(B, L, E)  # back to (B, L, E), heads side by side
    return (merged @ f64(w_o).T).astype(x.dtype, copy=False)
