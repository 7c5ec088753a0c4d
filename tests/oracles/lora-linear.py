"""LoRALinear by loops over Python floats (math.fsum): every output entry written out as a sum of products.

While lora_B is zero the layer is the base layer, whatever lora_A holds, so the oracle needs no lora_A of its own
before set_lora: the initial lora_A read is judged by the checker's statistical tests, not against this answer
(None here). Small inputs of both dtypes: bias or None, r from 1 to min(in, out), integer and fractional alpha,
x of one to three dimensions, set_lora, merged_weight and reads in any order.
"""

import math

import numpy as np

METHODS = ("forward", "set_lora", "merged_weight", "lora_A", "lora_B")


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n_in, n_out = rng.randint(1, 6), rng.randint(1, 6)
        r = rng.randint(1, min(n_in, n_out))
        alpha = rng.choice([1, 2, 4, 7, 16, 0.5, 3.5])
        dtype = rng.choice([np.float32, np.float64])
        weight = gen.uniform(-1, 1, (n_out, n_in)).astype(dtype)
        bias = gen.uniform(-1, 1, n_out).astype(dtype) if rng.random() < 0.7 else None
        first = [weight, bias, r, alpha] + ([rng.randint(0, 99)] if rng.random() < 0.5 else [])
        operations, arguments = ["LoRALinear"], [first]
        for _ in range(rng.randint(1, 10)):
            operation = rng.choice(METHODS)
            operations.append(operation)
            if operation == "forward":
                lead = [rng.randint(1, 3) for _ in range(rng.randint(0, 2))]
                arguments.append([gen.normal(0, 2, (*lead, n_in)).astype(dtype)])
            elif operation == "set_lora":
                arguments.append([gen.normal(0, 1, (r, n_in)).astype(dtype), gen.normal(0, 1, (n_out, r)).astype(dtype)])
            else:
                arguments.append([])
        yield {"operations": operations, "arguments": arguments}


def rows(a):
    """The array as nested Python lists of floats."""
    return np.asarray(a, dtype=np.float64).tolist()


def solve(operations, arguments):
    weight, bias, r, alpha = arguments[0][:4]
    dtype = weight.dtype
    W, b = rows(weight), (None if bias is None else rows(bias))
    n_out, n_in = len(W), len(W[0])
    scale = alpha / r
    A = B = None  # None: the initial matrices (B zero)
    outputs = [None]
    for operation, args in zip(operations[1:], arguments[1:]):
        if operation == "set_lora":
            A, B = rows(args[0]), rows(args[1])
            outputs.append(None)
        elif operation == "lora_A":
            outputs.append(None if A is None else np.array(A, dtype=dtype))
        elif operation == "lora_B":
            outputs.append(np.zeros((n_out, r), dtype) if B is None else np.array(B, dtype=dtype))
        elif operation == "merged_weight":
            merged = [[math.fsum([W[o][i]] + ([] if B is None else [scale * B[o][k] * A[k][i] for k in range(r)]))
                       for i in range(n_in)] for o in range(n_out)]
            outputs.append(np.array(merged, dtype=dtype))
        else:
            x = args[0]
            flat = rows(x.reshape(-1, n_in))
            out = [[one_output(row, o, W, b, A, B, scale) for o in range(n_out)] for row in flat]
            outputs.append(np.array(out, dtype=np.float64).reshape(*x.shape[:-1], n_out).astype(dtype))
    return outputs


def one_output(row, o, W, b, A, B, scale):
    """Output feature o of one input row: the base layer, the bias, and sum_k B[o][k] * (sum_i A[k][i] * row[i])."""
    terms = [W[o][i] * row[i] for i in range(len(row))] + ([] if b is None else [b[o]])
    if B is not None:
        terms += [scale * B[o][k] * math.fsum(A[k][i] * row[i] for i in range(len(row))) for k in range(len(B[o]))]
    return math.fsum(terms)
