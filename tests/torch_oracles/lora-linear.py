"""LoRALinear as PyTorch code: an nn.Linear holding the frozen base weight and bias, plus LoRA's two matrices as
tensors, forward = linear(x) + (alpha / r) * linear(linear(x, A), B) (torch.nn.functional.linear, in the dtype of
the arrays given), merged weight = W + (alpha / r) * B @ A.

The initial lora_A takes the numbers np.random.default_rng(seed).uniform(-1/sqrt(in), 1/sqrt(in), (r, in)) (what
the contract prescribes, and what torch's nn.init.kaiming_uniform_(a=sqrt(5)) draws in distribution): the checker
judges that read statistically, and the test compares the oracle with the reference, so the oracle draws the
reference's numbers; every other output is computed by torch alone.
"""

import math

import numpy as np
import torch
import torch.nn.functional as F


def solve(operations, arguments):
    weight, bias, r, alpha, *seed = arguments[0]
    n_out, n_in = weight.shape
    base = torch.nn.Linear(n_in, n_out, bias=bias is not None, dtype=torch.from_numpy(weight).dtype)
    with torch.no_grad():
        base.weight.copy_(torch.from_numpy(weight))
        if bias is not None:
            base.bias.copy_(torch.from_numpy(bias))
    bound = 1 / math.sqrt(n_in)
    draw = np.random.default_rng(seed[0] if seed else 0).uniform(-bound, bound, (r, n_in))
    A = torch.from_numpy(draw).to(base.weight.dtype)
    B = torch.zeros(n_out, r, dtype=base.weight.dtype)
    scale = alpha / r
    outputs = [None]
    with torch.no_grad():
        for operation, args in zip(operations[1:], arguments[1:]):
            if operation == "set_lora":
                A, B = torch.from_numpy(args[0]).clone(), torch.from_numpy(args[1]).clone()
                outputs.append(None)
            elif operation == "lora_A":
                outputs.append(A.numpy().copy())
            elif operation == "lora_B":
                outputs.append(B.numpy().copy())
            elif operation == "merged_weight":
                outputs.append((base.weight + scale * B @ A).numpy())
            else:
                x = torch.from_numpy(args[0])
                outputs.append((base(x) + scale * F.linear(F.linear(x, A), B)).numpy())
    return outputs
