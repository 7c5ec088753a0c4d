# Accepted: a while loop with its own counter, distances stacked one centroid at a time in the input dtype, the
# stop decided after the update, and the labels returned as int16 (any integer dtype is accepted).
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    c = init_centroids.copy()
    labels = None
    it = 0
    while it < max_iter:
        it += 1
        d = np.stack([((x - cj) ** 2).sum(axis=1) for cj in c], axis=1)
        new = np.argmin(d, axis=1)
        for j in range(len(c)):
            mine = x[new == j]
            if len(mine):
                c[j] = mine.mean(axis=0)
        done = labels is not None and (new == labels).all()
        labels = new
        if done:
            break
    return c, labels.astype(np.int16)
