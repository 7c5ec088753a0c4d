# Wrong answer: the labels are filled into np.zeros(n), a float64 array: right values, wrong type.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        new = np.zeros(len(x))
        new[:] = ((x[:, None, :] - centroids[None]) ** 2).sum(axis=2).argmin(axis=1)
        changed = labels is None or (new != labels).any()
        labels = new
        for j in range(len(centroids)):
            if (labels == j).any():
                centroids[j] = x[labels == j].mean(axis=0)
        if not changed:
            break
    return centroids.astype(x.dtype), labels
