# Forbidden: torch.nn.MultiheadAttention with each kv head's rows of w_k and w_v repeated for its query heads, which
# turns GQA into MHA (right answers: accepted without the check). Its boolean attn_mask means True = blocked.
import numpy as np
import torch


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    D, group = E // num_heads, num_heads // num_kv_heads
    full = lambda w: np.repeat(w.reshape(num_kv_heads, D, E), group, axis=0).reshape(E, E)  # noqa: E731
    t = torch.from_numpy
    layer = torch.nn.MultiheadAttention(E, num_heads, bias=False, batch_first=True, dtype=t(x).dtype)
    with torch.no_grad():
        layer.in_proj_weight.copy_(t(np.concatenate([w_q, full(w_k), full(w_v)])))
        layer.out_proj.weight.copy_(t(w_o))
        blocked = torch.ones(L, L, dtype=torch.bool).triu(1) if causal else None
        out, _ = layer(t(x), t(x), t(x), attn_mask=blocked, need_weights=False)
    return out.numpy()
