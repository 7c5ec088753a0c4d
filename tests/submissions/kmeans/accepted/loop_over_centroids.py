# Accepted: the distances one centroid at a time (an (n, k) matrix, never the (n, k, d) broadcast), the means by
# a boolean mask per cluster, a while loop counting iterations.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    points = x.astype(np.float64)
    centroids = init_centroids.astype(np.float64)
    n, k = len(points), len(centroids)
    labels = np.full(n, -1)
    iteration = 0
    while iteration < max_iter:
        iteration += 1
        distances = np.empty((n, k))
        for j in range(k):
            diff = points - centroids[j]
            distances[:, j] = np.einsum("ij,ij->i", diff, diff)
        new_labels = np.argmin(distances, axis=1)
        changed = (new_labels != labels).any()
        labels = new_labels
        for j in range(k):
            mask = labels == j
            if mask.any():
                centroids[j] = points[mask].sum(axis=0) / mask.sum()
        if not changed:
            break
    return centroids.astype(x.dtype), labels
