"""Time limit exceeded: every product of every expert a separate Python multiplication, over nested lists: about
4 * 10^8 of them on the largest test (N * top_k * 2 * E * F), at tens of nanoseconds each."""


def moe_forward(x, w_router, w1, w2, top_k=2):
    import math

    import numpy as np

    xs, router, up, down = x.tolist(), w_router.tolist(), w1.tolist(), w2.tolist()
    experts = len(router)
    counts, prob_sums, y = [0] * experts, [0.0] * experts, []
    for token in xs:
        logits = [sum(a * b for a, b in zip(token, row)) for row in router]
        top = max(logits)
        weights = [math.exp(v - top) for v in logits]
        total = sum(weights)
        probs = [w / total for w in weights]
        chosen = sorted(range(experts), key=lambda i: (-probs[i], i))[:top_k]
        mass = sum(probs[i] for i in chosen)
        out = [0.0] * len(token)
        for e in chosen:
            hidden = [max(sum(a * b for a, b in zip(token, row)), 0.0) for row in up[e]]
            for i, row in enumerate(down[e]):
                out[i] += probs[e] / mass * sum(a * b for a, b in zip(hidden, row))
            counts[e] += 1
        for e in range(experts):
            prob_sums[e] += probs[e]
        y.append(out)
    n = len(xs)
    return np.array(y, dtype=x.dtype), experts * sum(counts[e] / (n * top_k) * prob_sums[e] / n for e in range(experts))
