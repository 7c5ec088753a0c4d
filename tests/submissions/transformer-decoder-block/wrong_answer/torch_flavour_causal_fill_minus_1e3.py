# The PyTorch flavour with the causal mask as a finite fill of -1e3 (found by the blind breaker).
import torch
from torch import nn
import torch.nn.functional as F


class RMSNorm(nn.Module):
    def __init__(self, dim, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(dim))
        self.eps = eps

    def forward(self, y):
        return y * torch.rsqrt(y.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class Attention(nn.Module):
    def __init__(self, E, H, base):
        super().__init__()
        self.H, self.D, self.base = H, E // H, base
        self.q_proj = nn.Linear(E, E, bias=False)
        self.k_proj = nn.Linear(E, E, bias=False)
        self.v_proj = nn.Linear(E, E, bias=False)
        self.o_proj = nn.Linear(E, E, bias=False)

    def rope(self, t):
        L, D = t.shape[-2], self.D
        inv = self.base ** (-torch.arange(0, D, 2, dtype=t.dtype, device=t.device) / D)
        f = torch.outer(torch.arange(L, dtype=t.dtype, device=t.device), inv)
        emb = torch.cat([f, f], -1)
        rh = torch.cat([-t[..., D // 2:], t[..., :D // 2]], -1)
        return t * emb.cos() + rh * emb.sin()

    def forward(self, y):
        B, L, E = y.shape
        sp = lambda z: z.view(B, L, self.H, self.D).transpose(1, 2)
        q, k, v = sp(self.q_proj(y)), sp(self.k_proj(y)), sp(self.v_proj(y))
        q, k = self.rope(q), self.rope(k)
        s = q @ k.transpose(-1, -2) / self.D ** 0.5
        s = s.masked_fill(torch.ones(L, L, dtype=torch.bool, device=y.device).triu(1), -1e3)
        a = torch.softmax(s, dim=-1)
        o = (a @ v).transpose(1, 2).reshape(B, L, E)
        return self.o_proj(o)


class MLP(nn.Module):
    def __init__(self, E, Fh):
        super().__init__()
        self.gate_proj = nn.Linear(E, Fh, bias=False)
        self.up_proj = nn.Linear(E, Fh, bias=False)
        self.down_proj = nn.Linear(Fh, E, bias=False)

    def forward(self, y):
        return self.down_proj(F.silu(self.gate_proj(y)) * self.up_proj(y))


class DecoderBlock(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int, hidden_dim: int, eps: float = 1e-6,
                 rope_base: float = 10000.0):
        super().__init__()
        self.input_layernorm = RMSNorm(embed_dim, eps)
        self.self_attn = Attention(embed_dim, num_heads, rope_base)
        self.post_attention_layernorm = RMSNorm(embed_dim, eps)
        self.mlp = MLP(embed_dim, hidden_dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x + self.self_attn(self.input_layernorm(x))
        return h + self.mlp(self.post_attention_layernorm(h))
