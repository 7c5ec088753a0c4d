# Wrong answer: right in every value, but the centroids come back float64 for float32 input.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].astype(np.float64).mean(axis=0)
        if not changed:
            break
    return centroids, labels
