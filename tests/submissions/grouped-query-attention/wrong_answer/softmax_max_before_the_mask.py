# The softmax max taken over the whole row before the causal mask: when a hidden future key scores far above
# every visible one, the visible weights underflow to 0 and the row is 0/0 (found by the blind breaker).
import numpy as np


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    H, KV = num_heads, num_kv_heads
    #CHECK
    if E % H != 0 or H % KV != 0:
        raise ValueError("bad heads")
    #ENDCHECK
    D = E // H
    group = H // KV
    q = (x @ w_q.T).reshape(B, L, H, D).transpose(0, 2, 1, 3)   #QPROJ
    k = (x @ w_k.T).reshape(B, L, KV, D).transpose(0, 2, 1, 3)
    v = (x @ w_v.T).reshape(B, L, KV, D).transpose(0, 2, 1, 3)
    k = np.repeat(k, group, axis=1)   #REPEAT
    v = np.repeat(v, group, axis=1)   #REPEATV
    s = q @ k.transpose(0, 1, 3, 2) / np.sqrt(D)   #SCALE
    if causal:
        mask = np.triu(np.ones((L, L), dtype=bool), k=1)   #MASK
        pass
    m = s.max(axis=-1, keepdims=True)   #MAX
    p = np.exp(s - m)
    if causal:
        p = np.where(mask, 0.0, p)
    p = p / p.sum(axis=-1, keepdims=True)   #NORM
    o = p @ v
    o = o.transpose(0, 2, 1, 3).reshape(B, L, E)   #MERGE
    out = o @ w_o.T   #OPROJ
    return out.astype(x.dtype, copy=False)   #RET
