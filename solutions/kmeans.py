import numpy as np


def kmeans(x: np.ndarray, init_centroids: np.ndarray, max_iter: int = 100) -> tuple[np.ndarray, np.ndarray]:
    """Lloyd's algorithm from the given centroids: assign each point to its nearest centroid, move each centroid to
    the mean of its points, until an iteration changes no label or `max_iter` iterations have run.

    Distances are the squared differences summed, (x - c)**2, never ||x||^2 - 2 x.c + ||c||^2, whose rounding
    grows with ||x||^2 and decides near-ties far from the origin; argmin takes the lower index of a tie. A cluster
    left without points keeps its centroid. Computed in float64, the centroids answered in x's dtype; the
    returned centroids are the means of the returned labels' clusters. The inputs are not modified.
    """
    points = np.asarray(x, dtype=np.float64)
    centroids = np.array(init_centroids, dtype=np.float64)  # a copy: the caller's array is never written
    k, d = centroids.shape
    labels = None
    for _ in range(max_iter):
        distances = ((points[:, None, :] - centroids[None, :, :]) ** 2).sum(axis=2)
        assigned = distances.argmin(axis=1)
        changed = labels is None or not np.array_equal(assigned, labels)
        labels = assigned
        counts = np.bincount(labels, minlength=k)
        sums = np.stack([np.bincount(labels, weights=points[:, j], minlength=k) for j in range(d)], axis=1)
        filled = counts > 0
        centroids[filled] = sums[filled] / counts[filled, None]
        if not changed:
            break
    return centroids.astype(x.dtype), labels
