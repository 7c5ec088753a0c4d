# Wrong answer: stops when no centroid moved more than 1e-4 (an absolute tolerance) instead of when no label
# changed: on data of small scale it stops while labels are still changing.
import numpy as np


def kmeans(x, init_centroids, max_iter=100, tol=1e-4):
    centroids = init_centroids.astype(np.float64)
    for _ in range(max_iter):
        labels = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        new = centroids.copy()
        for j in range(len(centroids)):
            if (labels == j).any():
                new[j] = x[labels == j].mean(axis=0)
        shift = np.linalg.norm(new - centroids, axis=1).max()
        centroids = new
        if shift < tol:
            break
    return centroids.astype(x.dtype), labels
