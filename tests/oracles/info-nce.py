"""CLIP's symmetric InfoNCE with Python floats: every cosine from math.fsum dot products and norms, every
log-sum-exp by math.fsum over the row or the column, on small batches of both dtypes, temperatures 0.01 to 1 and
row norms 0.1 to 1000."""

import math

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        n, d = rng.randint(1, 6), rng.randint(1, 8)
        dtype = rng.choice([np.float32, np.float64])
        arrays = []
        for _ in range(2):
            rows = gen.normal(size=(n, d))
            rows /= np.linalg.norm(rows, axis=1, keepdims=True)
            arrays.append((rows * np.exp(gen.uniform(math.log(0.1), math.log(1000.0), (n, 1)))).astype(dtype))
        if rng.random() < 0.4:  # aligned pairs: b[i] near a[i]
            arrays[1] = (arrays[0] * gen.uniform(0.2, 5.0, (n, 1)) + 0.1 * arrays[1] / np.linalg.norm(
                arrays[1], axis=1, keepdims=True)).astype(dtype)
        if np.linalg.norm(arrays[1].astype(np.float64), axis=1).min() < 0.1:
            continue
        given = {"a": arrays[0], "b": arrays[1]}
        if rng.random() < 0.8:
            given["temperature"] = rng.choice([0.01, 0.02, 0.07, 0.1, 0.5, 1.0])
        yield given


def solve(a, b, temperature=0.07):
    rows_a, rows_b = a.tolist(), b.tolist()
    n = len(rows_a)
    norm_a = [math.sqrt(math.fsum(x * x for x in row)) for row in rows_a]
    norm_b = [math.sqrt(math.fsum(x * x for x in row)) for row in rows_b]
    logits = [[math.fsum(x * y for x, y in zip(rows_a[i], rows_b[j])) / (norm_a[i] * norm_b[j]) / temperature
               for j in range(n)] for i in range(n)]
    terms = []
    for i in range(n):
        row = logits[i]
        column = [logits[k][i] for k in range(n)]
        for values in (row, column):  # -log softmax(values)[i]
            top = max(values)
            terms.append(top + math.log(math.fsum(math.exp(v - top) for v in values)) - logits[i][i])
    return math.fsum(terms) / (2 * n)
