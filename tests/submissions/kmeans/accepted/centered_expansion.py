# Accepted: the distances as ||x||^2 - 2 x.c + ||c||^2 (one matrix product), but on data centred first, as
# scikit-learn does: far from the origin the expansion's rounding then stays small.
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    data = x.astype(np.float64)
    shift = data.mean(axis=0)
    data = data - shift
    c = init_centroids.astype(np.float64) - shift
    k = len(c)
    squared = (data**2).sum(axis=1)[:, None]
    labels = None
    for _ in range(max_iter):
        new = (squared - 2 * data @ c.T + (c**2).sum(axis=1)[None, :]).argmin(axis=1)
        stop = labels is not None and (new == labels).all()
        labels = new
        one_hot = np.zeros((k, len(data)))
        one_hot[labels, np.arange(len(data))] = 1
        counts = one_hot.sum(axis=1)
        keep = counts > 0
        c[keep] = (one_hot @ data)[keep] / counts[keep, None]
        if stop:
            break
    return (c + shift).astype(x.dtype), labels
