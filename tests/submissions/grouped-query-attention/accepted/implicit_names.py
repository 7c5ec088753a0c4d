# Accepted: gathers each query head's kv head with an index array (h // group), relying on LeetCode's implicit
# names (math, inf) with only NumPy imported.
import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    D = E // num_heads
    kv_of = np.arange(num_heads) // (num_heads // num_kv_heads)
    q = np.einsum("ble,hde->bhld", x, w_q.reshape(num_heads, D, E))
    k = np.einsum("ble,gde->bgld", x, w_k.reshape(num_kv_heads, D, E))[:, kv_of]
    v = np.einsum("ble,gde->bgld", x, w_v.reshape(num_kv_heads, D, E))[:, kv_of]
    scores = np.einsum("bhid,bhjd->bhij", q, k) / math.sqrt(D)
    if causal:
        scores = scores + np.triu(np.full((L, L), -inf, dtype=x.dtype), k=1)
    scores = scores - np.max(scores, axis=-1, keepdims=True)
    p = np.exp(scores)
    p = p / np.sum(p, axis=-1, keepdims=True)
    heads = np.einsum("bhij,bhjd->bihd", p, v)
    return np.einsum("bihd,fhd->bif", heads, w_o.reshape(E, num_heads, D))
