# Wrong answer: an empty cluster is re-seeded at a random data point (a common fix in tutorials); the contract
# keeps its centroid where it was.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    rng = np.random.default_rng(0)
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            members = x[labels == j]
            centroids[j] = members.mean(axis=0) if len(members) else x[rng.integers(len(x))]
        if not changed:
            break
    return centroids.astype(x.dtype), labels
