"""How the grader runs the PyTorch flavour, `class LoRALinear(nn.Module)` (harness.sandbox.driver).

A design problem: `call` replays the case's operation list itself, as harness.sandbox.usercode.run_design does for
the NumPy flavour. The constructor's call `LoRALinear(weight, bias, r, alpha, seed)` builds an `nn.Linear` of the
weight's dtype holding `weight` and `bias` (none when it is None), seeds torch's generator with `seed`
(torch.manual_seed) and builds the user's `LoRALinear(base, r, alpha)`, moved to that dtype. `set_lora(A, B)`
copies A and B into the module's `lora_A` and `lora_B` parameters; `merged_weight()` is the weight of the
nn.Linear the user's `merge()` returns; `lora_A` and `lora_B` read the parameters. Everything runs under
torch.no_grad(); tensors come back as copies.
"""


def call(LoRALinear, given):
    import torch

    class Replay:
        """The NumPy flavour's calls, made on the user's module: arrays in as tensors, tensors out as copies."""

        def __init__(self, weight, bias, r, alpha, seed=0):
            dtype = torch.from_numpy(weight[:0]).dtype
            base = torch.nn.Linear(weight.shape[1], weight.shape[0], bias=bias is not None, dtype=dtype)
            base.weight.copy_(torch.from_numpy(weight))
            if bias is not None:
                base.bias.copy_(torch.from_numpy(bias))
            torch.manual_seed(seed)
            self.module = LoRALinear(base, r, alpha).to(dtype)

        @property
        def lora_A(self):
            return snapshot(self.module.lora_A)

        @property
        def lora_B(self):
            return snapshot(self.module.lora_B)

        def forward(self, x):
            return snapshot(self.module(torch.from_numpy(x)))

        def set_lora(self, A, B):
            self.module.lora_A.copy_(torch.from_numpy(A))
            self.module.lora_B.copy_(torch.from_numpy(B))

        def merged_weight(self):
            return snapshot(self.module.merge().weight)

    from harness.sandbox.usercode import run_design

    with torch.no_grad():
        return run_design(Replay, given["operations"], given["arguments"])


def snapshot(value):
    """A returned tensor as it is now (a view of the module's parameters must not change with later calls)."""
    return value.detach().clone() if hasattr(value, "detach") and hasattr(value, "clone") else value
