"""The layer token by token over Python floats, with math.fsum: each token's probabilities by the definition, its
experts by repeatedly taking the first index of the largest remaining probability (so ties go to the lower
index), each chosen expert's hidden units and outputs as explicit sums; the aux loss from counts of the choices.

Small inputs of both dtypes: N up to 6 tokens, E and F up to 4, X up to 6, every top_k from 1 to X; routers drawn
at random (boundaries kept 1e-3 apart) or with duplicated rows of small integers and halves (exact ties).
"""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        n, e, f, experts = rng.randint(1, 6), rng.randint(1, 4), rng.randint(1, 4), rng.randint(1, 6)
        top_k = rng.randint(1, experts)
        if rng.random() < 0.3:  # exact ties: duplicated router rows, small integers and halves
            w_router = gen.integers(-4, 5, (experts, e)) / 2
            if experts > 1:
                w_router[rng.randrange(experts)] = w_router[rng.randrange(experts)]
            x = gen.integers(-6, 7, (n, e)) / 2
        else:
            w_router = gen.normal(0, rng.choice([0.5, 2.0, 20.0]), (experts, e))
            x = gen.normal(0, 1, (n, e))
        logits = np.sort(x @ w_router.T, axis=1)[:, ::-1]
        if top_k < experts:
            gaps = logits[:, top_k - 1] - logits[:, top_k]
            if ((gaps != 0) & (gaps < 1e-3)).any():
                continue
        w1, w2 = gen.uniform(-1, 1, (experts, f, e)), gen.uniform(-1, 1, (experts, e, f))
        yield {"x": x.astype(dtype), "w_router": w_router.astype(dtype), "w1": w1.astype(dtype),
               "w2": w2.astype(dtype), "top_k": top_k}


def solve(x, w_router, w1, w2, top_k=2):
    xs, router, up, down = x.tolist(), w_router.tolist(), w1.tolist(), w2.tolist()
    experts = len(router)
    counts, prob_sums, y = [0] * experts, [0.0] * experts, []
    for token in xs:
        logits = [math.fsum(a * b for a, b in zip(token, row)) for row in router]
        top = max(logits)
        weights = [math.exp(v - top) for v in logits]
        total = math.fsum(weights)
        probs = [w / total for w in weights]
        chosen, left = [], list(range(experts))
        for _ in range(top_k):
            best = left[0]
            for index in left:
                if probs[index] > probs[best]:
                    best = index
            chosen.append(best)
            left.remove(best)
        mass = math.fsum(probs[index] for index in chosen)
        out = [0.0] * len(token)
        for index in chosen:
            gate = probs[index] / mass
            hidden = [max(math.fsum(a * b for a, b in zip(token, row)), 0.0) for row in up[index]]
            for i, row in enumerate(down[index]):
                out[i] += gate * math.fsum(a * b for a, b in zip(hidden, row))
            counts[index] += 1
        for index in range(experts):
            prob_sums[index] += probs[index]
        y.append(out)
    n = len(xs)
    aux = experts * math.fsum((counts[e] / (n * top_k)) * (prob_sums[e] / n) for e in range(experts))
    return np.array(y, dtype=x.dtype), aux
