# Forbidden: faiss's Kmeans trainer (the GPU-friendly library k-means); importing faiss is refused.
import faiss
import numpy as np


def kmeans(x, init_centroids, max_iter=100):
    model = faiss.Kmeans(x.shape[1], len(init_centroids), niter=max_iter)
    model.train(x.astype(np.float32), init_centroids=init_centroids.astype(np.float32))
    _, labels = model.index.search(x.astype(np.float32), 1)
    return model.centroids.astype(x.dtype), labels[:, 0].astype(np.int64)
