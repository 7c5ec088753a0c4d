import math

import numpy as np


class CachedSelfAttention:
    """Causal multi-head self-attention over one sequence, fed a chunk of tokens at a time, with a KV cache.

    The keys and values of every token seen since the last reset() are kept per head in buffers of shape
    (H, capacity, D) whose capacity doubles when full, so appending a token is amortised O(E) and a decode step
    (one new token) costs O(E^2) for its projections plus O(cache_len * E) for attending over the cache; nothing
    about the prefix is recomputed. Computed in float64, returned in the weights' dtype.
    """

    def __init__(self, w_q: np.ndarray, w_k: np.ndarray, w_v: np.ndarray, w_o: np.ndarray, num_heads: int):
        e = w_q.shape[0]
        if num_heads <= 0 or e % num_heads:
            raise ValueError(f"embed_dim {e} is not divisible by num_heads {num_heads}")
        self.dtype = w_q.dtype
        self.num_heads, self.head_dim = num_heads, e // num_heads
        # Never modified: float64 views (or copies, for float32) of the caller's weights.
        self.w_q, self.w_k, self.w_v, self.w_o = (np.asarray(w, dtype=np.float64) for w in (w_q, w_k, w_v, w_o))
        self.reset()

    def reset(self) -> None:
        """Empty the cache: the next forward() starts a new sequence."""
        self.length = 0
        self.keys = np.empty((self.num_heads, 16, self.head_dim))
        self.values = np.empty((self.num_heads, 16, self.head_dim))

    def cache_len(self) -> int:
        return self.length

    def split(self, x: np.ndarray) -> np.ndarray:
        """(T, E) -> (H, T, D): head h owns features h*D:(h+1)*D."""
        return x.reshape(x.shape[0], self.num_heads, self.head_dim).transpose(1, 0, 2)

    def append(self, k: np.ndarray, v: np.ndarray) -> None:
        """Write the chunk's (H, T, D) keys and values after the cached ones, doubling the buffers when full."""
        end = self.length + k.shape[1]
        if end > self.keys.shape[1]:
            capacity = max(2 * self.keys.shape[1], end)
            for name in ("keys", "values"):
                grown = np.empty((self.num_heads, capacity, self.head_dim))
                grown[:, : self.length] = getattr(self, name)[:, : self.length]
                setattr(self, name, grown)
        self.keys[:, self.length:end] = k
        self.values[:, self.length:end] = v
        self.length = end

    def forward(self, x: np.ndarray) -> np.ndarray:
        """The outputs (T, E) of the next T tokens x (T, E): each attends to every cached token and to the chunk's
        tokens up to and including itself."""
        t = x.shape[0]
        x = np.asarray(x, dtype=np.float64)
        q, k, v = (self.split(x @ w.T) for w in (self.w_q, self.w_k, self.w_v))  # (H, T, D) each
        self.append(k, v)  # first: every token attends to itself
        n = self.length
        scores = q @ self.keys[:, :n].transpose(0, 2, 1) / math.sqrt(self.head_dim)  # (H, T, n)
        if t > 1:  # chunk token i sits at position n - t + i and sees keys 0..n - t + i (bottom-right aligned)
            scores = np.where(np.tril(np.ones((t, n), dtype=bool), n - t), scores, -np.inf)
        weights = np.exp(scores - scores.max(axis=-1, keepdims=True))  # every row sees itself: its max is finite
        weights /= weights.sum(axis=-1, keepdims=True)
        heads = weights @ self.values[:, :n]  # (H, T, D)
        merged = heads.transpose(1, 0, 2).reshape(t, -1)  # (T, E), heads side by side
        return (merged @ self.w_o.T).astype(self.dtype, copy=False)
