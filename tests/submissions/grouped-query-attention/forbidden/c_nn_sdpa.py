# Forbidden: torch._C._nn.scaled_dot_product_attention, the binding that F.scaled_dot_product_attention is, called
# by its internal name.
import torch


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    t, D = torch.from_numpy, E // num_heads
    heads = lambda w, n: (t(x) @ t(w).T).view(B, L, n, D).transpose(1, 2)  # noqa: E731
    k = heads(w_k, num_kv_heads).repeat_interleave(num_heads // num_kv_heads, dim=1)
    v = heads(w_v, num_kv_heads).repeat_interleave(num_heads // num_kv_heads, dim=1)
    out = torch._C._nn.scaled_dot_product_attention(heads(w_q, num_heads), k, v, is_causal=causal)
    return (out.transpose(1, 2).reshape(B, L, E) @ t(w_o).T).numpy()
