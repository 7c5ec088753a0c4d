# Wrong answer: MacQueen's online k-means, each centroid moved as soon as a point joins it (a running mean), not
# Lloyd's batch update after all points are assigned.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    points = x.astype(np.float64)
    centroids = init_centroids.astype(np.float64)
    labels = None
    for _ in range(max_iter):
        counts = np.zeros(len(centroids))
        new = np.empty(len(points), dtype=np.int64)
        for i, p in enumerate(points):
            j = int(((centroids - p) ** 2).sum(axis=1).argmin())
            new[i] = j
            counts[j] += 1
            centroids[j] += (p - centroids[j]) / counts[j]
        changed = labels is None or (new != labels).any()
        labels = new
        if not changed:
            break
    return centroids.astype(x.dtype), labels
