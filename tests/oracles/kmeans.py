"""Lloyd's algorithm as the contract reads, over Python floats: every point against every centroid, coordinate by
coordinate, the first strictly smaller distance kept (ties to the lower index); each mean a running sum over the
points in index order; a cluster without points keeps its centroid; stop after an iteration that changed no label.

Small inputs of both dtypes: random floats around a few centres (ties have probability 0, near-ties are left to
the float64 arithmetic both sides share), small integers (exact ties, identical centroids, empty clusters), a
centroid far from every point, max_iter from 1 to 12 or the default.
"""

import numpy as np


def inputs(rng):
    gen = np.random.default_rng(rng.randrange(2**32))
    while True:
        dtype = rng.choice([np.float32, np.float64])
        n, k, d = rng.randint(1, 25), rng.randint(1, 5), rng.randint(1, 3)
        if rng.random() < 0.35:  # integers: exact ties
            x = gen.integers(-4, 5, (n, d)).astype(np.float64)
            init = gen.integers(-4, 5, (k, d)).astype(np.float64)
        else:
            centres = gen.uniform(-5, 5, (rng.randint(1, 4), d)) + gen.normal(0, 3, d)
            x = centres[gen.integers(0, len(centres), n)] + gen.normal(0, 1, (n, d))
            init = x[gen.integers(0, n, k)] + gen.normal(0, 0.5, (k, d))
            if rng.random() < 0.2:
                init[rng.randrange(k)] = 50.0  # empty from the start
        given = {"x": x.astype(dtype), "init_centroids": init.astype(dtype)}
        if rng.random() < 0.6:
            given["max_iter"] = rng.randint(1, 12)
        yield given


def solve(x, init_centroids, max_iter=100):
    points = [[float(v) for v in row] for row in x.tolist()]
    centroids = [[float(v) for v in row] for row in init_centroids.tolist()]
    labels = None
    for _ in range(max_iter):
        assigned = []
        for point in points:
            best, best_distance = 0, None
            for j, centroid in enumerate(centroids):
                distance = 0.0
                for a, b in zip(point, centroid):
                    distance += (a - b) * (a - b)
                if best_distance is None or distance < best_distance:
                    best, best_distance = j, distance
            assigned.append(best)
        changed = assigned != labels
        labels = assigned
        for j in range(len(centroids)):
            members = [point for point, label in zip(points, labels) if label == j]
            if members:
                sums = [0.0] * len(members[0])
                for point in members:
                    for i, v in enumerate(point):
                        sums[i] += v
                centroids[j] = [s / len(members) for s in sums]
        if not changed:
            break
    return np.array(centroids, dtype=x.dtype), np.array(labels, dtype=np.int64)
