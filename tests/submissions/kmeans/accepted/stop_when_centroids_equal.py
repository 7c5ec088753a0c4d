# Accepted: stops when an update leaves every centroid exactly where it was (np.array_equal, no tolerance): the
# same answer as "no label changed", one iteration sooner at most. Distances with scipy's cdist (allowed).
import numpy as np
from scipy.spatial.distance import cdist


def kmeans(x, init_centroids, max_iter=100):
    centroids = init_centroids.astype(np.float64)
    for _ in range(max_iter):
        labels = cdist(x.astype(np.float64), centroids, "sqeuclidean").argmin(axis=1)
        new = centroids.copy()
        for j in np.unique(labels):
            new[j] = x[labels == j].astype(np.float64).mean(axis=0)
        moved = not np.array_equal(new, centroids)
        centroids = new
        if not moved:
            break
    return centroids.astype(x.dtype), labels
