"""scikit-learn's KMeans from the same centroids, one run of Lloyd's algorithm with tol=0, on the cases where its
definition is the contract's.

It differs on three kinds of case, which `applies` leaves out by running the contract's iterations itself:
- an empty cluster: scikit-learn relocates its centroid to a far point, the contract keeps it;
- a tie or a near-tie: scikit-learn's distances are ||c||^2 - 2 x.c (on centred data), whose rounding may break
  them either way;
- a run that max_iter cuts before its labels settle: scikit-learn then assigns once more, to the final centroids,
  and returns those labels, not the ones the centroids were computed from.
With tol=0 its stopping rule is the contract's: it stops after an iteration whose labels equal the previous ones
(or whose centroids did not move at all, which gives the same answer one iteration sooner).
"""

import warnings

import numpy as np
from sklearn.cluster import KMeans

NEAR_TIE = 1e-9  # of the runner-up's squared distance


def applies(given):
    x, c = np.asarray(given["x"], np.float64), np.array(given["init_centroids"], np.float64)
    if len(x) < len(c):
        return False
    labels = None
    for _ in range(given.get("max_iter", 100)):
        distances = ((x[:, None, :] - c[None]) ** 2).sum(axis=2)
        if len(c) > 1:
            two = np.sort(distances, axis=1)[:, :2]
            if ((two[:, 1] - two[:, 0]) <= NEAR_TIE * two[:, 1]).any():
                return False
        new = distances.argmin(axis=1)
        counts = np.bincount(new, minlength=len(c))
        if (counts == 0).any():
            return False
        if labels is not None and np.array_equal(new, labels):
            return True
        labels = new
        c = np.array([x[labels == j].mean(axis=0) for j in range(len(c))])
    return False  # cut by max_iter


def solve(x, init_centroids, max_iter=100):
    model = KMeans(n_clusters=len(init_centroids), init=init_centroids, n_init=1, max_iter=max_iter, tol=0.0,
                   algorithm="lloyd")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.fit(x)
    return model.cluster_centers_.astype(x.dtype), model.labels_.astype(np.int64)
