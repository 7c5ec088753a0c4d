# Forbidden: projects with F.linear, then leaves the attention to F.scaled_dot_product_attention(enable_gqa=True),
# which does the problem's work (right answers: accepted without the check).
import torch
import torch.nn.functional as F


def grouped_query_attention(x, num_heads, num_kv_heads, w_q, w_k, w_v, w_o, causal=True):
    B, L, E = x.shape
    if E % num_heads or num_heads % num_kv_heads:
        raise ValueError("bad head counts")
    t = torch.from_numpy
    heads = lambda w, n: F.linear(t(x), t(w)).view(B, L, n, E // num_heads).transpose(1, 2)  # noqa: E731
    out = F.scaled_dot_product_attention(heads(w_q, num_heads), heads(w_k, num_kv_heads), heads(w_v, num_kv_heads),
                                         is_causal=causal, enable_gqa=True)
    return F.linear(out.transpose(1, 2).reshape(B, L, E), t(w_o)).numpy()
