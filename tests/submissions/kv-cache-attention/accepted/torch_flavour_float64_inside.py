# Accepted: the PyTorch flavour computing in float64 and casting back, about twice the reference's time: the
# weights cast once (again if they change), the cache in buffers that double when full. (Casting the weights on
# every call and growing the cache by torch.cat, float64 costs 2-6x the reference, as the machine's page faults
# cost more or less: on the limit's edge, so not a known submission.)
import math
import torch
from torch import nn


class CachedSelfAttention(nn.Module):
    def __init__(self, embed_dim: int, num_heads: int):
        super().__init__()
        self.E, self.H = embed_dim, num_heads
        self.D = embed_dim // num_heads
        self.q_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.k_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.v_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.o_proj = nn.Linear(embed_dim, embed_dim, bias=False)
        self.reset()

    def reset(self) -> None:
        self.k = torch.empty(self.H, 0, self.D, dtype=torch.float64)
        self.v = torch.empty(self.H, 0, self.D, dtype=torch.float64)
        self.n = 0

    def cache_len(self) -> int:
        return self.n

    def _double(self, linear: nn.Linear) -> torch.Tensor:
        """The layer's weight in float64, transposed, cast again only when the weight has changed."""
        weight = linear.weight
        key = (weight.data_ptr(), weight._version)
        if getattr(linear, "_double_key", None) != key:
            linear._double_key, linear._double_t = key, weight.detach().double().T.contiguous()
        return linear._double_t

    def _append(self, k: torch.Tensor, v: torch.Tensor) -> None:
        T = k.shape[1]
        if self.n + T > self.k.shape[1]:
            size = max(2 * self.k.shape[1], self.n + T, 16)
            grown_k = torch.empty(self.H, size, self.D, dtype=torch.float64)
            grown_v = torch.empty(self.H, size, self.D, dtype=torch.float64)
            grown_k[:, :self.n], grown_v[:, :self.n] = self.k[:, :self.n], self.v[:, :self.n]
            self.k, self.v = grown_k, grown_v
        self.k[:, self.n:self.n + T], self.v[:, self.n:self.n + T] = k, v
        self.n += T

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        T = x.shape[0]
        dt = x.dtype
        x = x.double()
        H, D = self.H, self.D
        q = (x @ self._double(self.q_proj)).view(T, H, D).transpose(0, 1)
        k = (x @ self._double(self.k_proj)).view(T, H, D).transpose(0, 1)
        v = (x @ self._double(self.v_proj)).view(T, H, D).transpose(0, 1)
        self._append(k, v)
        n = self.n
        s = q @ self.k[:, :n].transpose(1, 2) / math.sqrt(D)
        mask = torch.ones(T, n, dtype=torch.bool).tril(diagonal=n - T)
        s = s.masked_fill(~mask, float("-inf"))
        o = torch.softmax(s, dim=-1) @ self.v[:, :n]
        return (o.transpose(0, 1).reshape(T, self.E) @ self._double(self.o_proj)).to(dt)
