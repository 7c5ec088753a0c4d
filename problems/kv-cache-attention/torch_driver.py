"""How the grader runs the PyTorch flavour, `class CachedSelfAttention(nn.Module)` (harness.sandbox.driver).

A design problem: `call` replays the case's operation list itself, as harness.sandbox.usercode.run_design does for
the NumPy flavour. The constructor's call `CachedSelfAttention(w_q, w_k, w_v, w_o, num_heads)` builds the user's
`CachedSelfAttention(embed_dim, num_heads)`, moves it to the weights' dtype and loads them into q_proj, k_proj,
v_proj and o_proj; every later call gets its arrays as tensors. No gradient is needed: the replay runs under
torch.no_grad(), as decoding does, so that thousands of steps build no autograd graph.
"""

PROJECTIONS = ("q_proj", "k_proj", "v_proj", "o_proj")  # loaded from the constructor's w_q, w_k, w_v, w_o


def call(CachedSelfAttention, given):
    import torch

    from harness.sandbox.driver import as_tensor, load_parameters
    from harness.sandbox.usercode import run_design

    class Replay:
        """The NumPy flavour's calls, made on the user's module: arrays in as tensors, tensors out as copies."""

        def __init__(self, w_q, w_k, w_v, w_o, num_heads):
            self.module = CachedSelfAttention(w_q.shape[0], num_heads)
            self.module.to(torch.from_numpy(w_q[:0]).dtype)
            weights = dict(zip(PROJECTIONS, (w_q, w_k, w_v, w_o)))
            load_parameters(self.module, {f"{name}.weight": (name, None) for name in PROJECTIONS}, weights)

        def forward(self, x):
            return snapshot(self.module(as_tensor(x)))

        def reset(self):
            return self.module.reset()

        def cache_len(self):
            return self.module.cache_len()

    with torch.no_grad():
        return run_design(Replay, given["operations"], given["arguments"])


def snapshot(value):
    """A returned tensor as it is now (a view of the module's cache must not change with later calls)."""
    return value.detach().clone() if hasattr(value, "detach") and hasattr(value, "clone") else value
