# Wrong answer: squared distances as ||x||^2 - 2 x.c + ||c||^2 on the raw data, in float64: near 1e8 the
# rounding of ||x||^2 (a few units) is larger than the gaps between distances, and points change cluster.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    data = x.astype(np.float64)
    centroids = init_centroids.astype(np.float64)
    x_sq = (data**2).sum(axis=1, keepdims=True)
    labels = None
    for _ in range(max_iter):
        new = (x_sq - 2 * data @ centroids.T + (centroids**2).sum(axis=1)).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = data[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), labels
