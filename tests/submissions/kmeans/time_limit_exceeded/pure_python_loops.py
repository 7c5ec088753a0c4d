# Time limit exceeded: Lloyd's algorithm in pure Python, "Pythonic": min over the centroids of a generator of
# squared differences per point, statistics.mean per coordinate (exact, through fractions). The same O(n k d)
# per iteration as NumPy, but every operation interpreted: on the largest case (10^4 points, 16 clusters, 8
# dimensions, 84 iterations) ~10^8 of them, ~29 s of CPU against a limit of 2 s.
import statistics

import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    points = x.tolist()
    centroids = init_centroids.astype(np.float64).tolist()
    labels = None
    for _ in range(max_iter):
        new = [min(range(len(centroids)), key=lambda j: sum((a - b) ** 2 for a, b in zip(p, centroids[j])))
               for p in points]
        changed = new != labels
        labels = new
        for j in range(len(centroids)):
            members = [p for p, label in zip(points, labels) if label == j]
            if members:
                centroids[j] = [statistics.mean(column) for column in zip(*members)]
        if not changed:
            break
    return np.array(centroids, dtype=x.dtype), np.array(labels)
