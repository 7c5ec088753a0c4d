# Accepted: the PyTorch flavour as one module: the RoPE frequencies a float64 buffer (register_buffer, not a
# parameter: no gradient, yet moved by .to(dtype)), the norms' weights in tiny nn.Module holders, F.linear.
import math

import torch
import torch.nn.functional as F
from torch import nn


class Norm(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))


class Holder(nn.Module):
    def __init__(self, **linears):
        super().__init__()
        for name, (n_in, n_out) in linears.items():
            setattr(self, name, nn.Linear(n_in, n_out, bias=False))


class DecoderBlock(nn.Module):
    def __init__(self, embed_dim, num_heads, hidden_dim, eps=1e-6, rope_base=10000.0):
        super().__init__()
        e, f = embed_dim, hidden_dim
        self.h, self.d, self.eps = num_heads, embed_dim // num_heads, eps
        self.input_layernorm, self.post_attention_layernorm = Norm(e), Norm(e)
        self.self_attn = Holder(q_proj=(e, e), k_proj=(e, e), v_proj=(e, e), o_proj=(e, e))
        self.mlp = Holder(gate_proj=(e, f), up_proj=(e, f), down_proj=(f, e))
        inv_freq = rope_base ** (-torch.arange(0, self.d, 2, dtype=torch.float64) / self.d)
        self.register_buffer("inv_freq", inv_freq, persistent=False)

    def norm(self, x, layer):
        return x / torch.sqrt(x.square().mean(-1, keepdim=True) + self.eps) * layer.weight

    def forward(self, x):
        b, n, e = x.shape
        a, m = self.self_attn, self.mlp
        y = self.norm(x, self.input_layernorm)
        q, k, v = (F.linear(y, p.weight).view(b, n, self.h, self.d).transpose(1, 2)
                   for p in (a.q_proj, a.k_proj, a.v_proj))
        angles = torch.arange(n, dtype=self.inv_freq.dtype)[:, None] * self.inv_freq
        cos, sin = angles.cos(), angles.sin()

        def rotate(t):
            t1, t2 = t[..., : self.d // 2], t[..., self.d // 2:]
            return torch.cat((t1 * cos - t2 * sin, t2 * cos + t1 * sin), dim=-1)

        q, k = rotate(q), rotate(k)
        s = (q @ k.transpose(-1, -2)) / math.sqrt(self.d)
        s = s + torch.full((n, n), float("-inf"), dtype=s.dtype).triu(1)
        s = torch.exp(s - s.amax(-1, keepdim=True))
        s = s / s.sum(-1, keepdim=True)
        h = x + F.linear((s @ v).transpose(1, 2).reshape(b, n, e), a.o_proj.weight)
        z = self.norm(h, self.post_attention_layernorm)
        return h + m.down_proj(F.silu(m.gate_proj(z)) * m.up_proj(z))
