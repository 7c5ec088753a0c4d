# torch.ops.aten.rms_norm: the norm this problem asks for, through torch.ops (found by the blind breaker).
import numpy as np
import torch



def _attn(q, k, v):
    L = q.shape[-2]
    s = q @ k.transpose(-1, -2) / q.shape[-1] ** 0.5
    s = s.masked_fill(torch.ones(L, L, dtype=torch.bool).triu(1), float("-inf"))
    return torch.softmax(s, -1) @ v


def _rms(y, w, eps):
    return torch.ops.aten.rms_norm(y, [y.shape[-1]], w, eps)


def decoder_block(x, params, num_heads, eps=1e-6, rope_base=10000.0):
    x = np.asarray(x); dt = x.dtype
    X = torch.from_numpy(np.array(x, dtype=np.float64))
    P = {k: torch.from_numpy(np.array(v, dtype=np.float64)) for k, v in params.items()}
    B, L, E = X.shape; H = num_heads; D = E // H
    n = _rms(X, P["attn_norm"], eps)
    sp = lambda t: t.view(B, L, H, D).transpose(1, 2)
    q, k, v = (sp(n @ P[w].T) for w in ("w_q", "w_k", "w_v"))
    inv = 1.0 / rope_base ** (torch.arange(0, D, 2, dtype=torch.float64) / D)
    f = torch.outer(torch.arange(L, dtype=torch.float64), inv)
    emb = torch.cat([f, f], -1)
    rh = lambda t: torch.cat([-t[..., D // 2:], t[..., :D // 2]], -1)
    q = q * emb.cos() + rh(q) * emb.sin(); k = k * emb.cos() + rh(k) * emb.sin()
    o = _attn(q, k, v).transpose(1, 2).reshape(B, L, E)
    h = X + o @ P["w_o"].T
    m = _rms(h, P["ffn_norm"], eps)
    out = h + (torch.nn.functional.silu(m @ P["w_gate"].T) * (m @ P["w_up"].T)) @ P["w_down"].T
    return out.detach().numpy().astype(dt)
